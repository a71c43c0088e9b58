/**
 * Where each enum module goes and what it exports. The root namespace's enums
 * sit at the top; every other namespace gets a folder and is re-exported as a
 * namespace object (`security.AlertSeverity`), because simple names collide
 * across namespaces (`alertSeverity` is in `microsoft.graph` and in
 * `microsoft.graph.security`).
 */
import {camelCaseIdentifier, compareCodeUnits, fileStem, pascalCaseIdentifier} from './identifiers.js'
import {runtimeModuleText, runtimeStem} from './enum-runtime.js'
import {allExportNames, exportNames, generatedMarker, renderEnumModule, type EnumStyle} from './render-enum.js'
import type {GeneratedFile, ResolvedEnum} from './types.js'

/** The namespace placed at the top: `microsoft.graph` when present, else the one with most enums. */
export function rootNamespace(enums: readonly ResolvedEnum[]): string {
  const counts = new Map<string, number>()
  for (const {enumType} of enums) counts.set(enumType.namespace, (counts.get(enumType.namespace) ?? 0) + 1)
  if (counts.has('microsoft.graph')) return 'microsoft.graph'
  const ranked = [...counts].sort(([leftName, left], [rightName, right]) => right - left || leftName.length - rightName.length || compareCodeUnits(leftName, rightName))
  return ranked[0]?.[0] ?? 'microsoft.graph'
}

/** Folder segments of a namespace below the root: `microsoft.graph.partners.billing` → `partners`, `billing`. */
export function namespaceFolder(namespace: string, root: string): string[] {
  if (namespace === root) return []
  const relative = namespace.startsWith(`${root}.`) ? namespace.slice(root.length + 1) : namespace
  return relative.split('.').map(fileStem)
}

interface Folder {
  enums: ResolvedEnum[]
  children: Set<string>
}

function collectFolders(enums: readonly ResolvedEnum[], root: string): Map<string, Folder> {
  const folders = new Map<string, Folder>()
  const folderAt = (segments: readonly string[]): Folder => {
    const key = segments.join('/')
    let folder = folders.get(key)
    if (!folder) {
      folder = {enums: [], children: new Set()}
      folders.set(key, folder)
      if (segments.length > 0) folderAt(segments.slice(0, -1)).children.add(segments.at(-1)!)
    }
    return folder
  }
  folderAt([])
  for (const resolved of enums) folderAt(namespaceFolder(resolved.enumType.namespace, root)).enums.push(resolved)
  return folders
}

/** A name not yet taken: `Foo`, then `Foo2`, `Foo3`… */
function freeName(base: string, isTaken: (candidate: string) => boolean): string {
  let candidate = base
  for (let suffix = 2; isTaken(candidate); suffix++) candidate = `${base}${suffix}`
  return candidate
}


function byName(left: ResolvedEnum, right: ResolvedEnum): number {
  return compareCodeUnits(left.enumType.name, right.enumType.name) || compareCodeUnits(left.enumType.namespace, right.enumType.namespace)
}

/** `../../enum-runtime.js` from a folder two levels down. */
function runtimeSpecifier(key: string): string {
  const depth = key === '' ? 0 : key.split('/').length
  return `${depth === 0 ? './' : '../'.repeat(depth)}${runtimeStem}.js`
}

function label(resolved: ResolvedEnum): string {
  const {name, namespace} = resolved.enumType
  return resolved.origin === 'schema' ? `\`${namespace}.${name}\`` : `\`${name}\` (documented only, not in the schema)`
}

/** One folder: a module per enum and an `index.ts` re-exporting them and the sub-folders. */
export interface LayoutOptions {
  /** Shape of the modules: `constants` (default) or `kiota`. */
  style?: EnumStyle
  /** Annotate schemas for declaration files that serve both zod majors. */
  portable?: boolean
}

function layoutFolder(key: string, folder: Folder, {style = 'constants', portable = false}: LayoutOptions): GeneratedFile[] {
  const prefix = key === '' ? '' : `${key}/`
  const takenNames = new Set<string>()
  // Case-insensitive file systems see `Foo.ts` and `foo.ts` as one file.
  const takenStems = new Set<string>(['index', ...(key === '' ? [runtimeStem] : [])])
  const exportLines: Array<{stem: string; line: string}> = []
  const files: GeneratedFile[] = []

  const children = [...folder.children].sort(compareCodeUnits)
  const namespaceLines = children.map((child) => {
    const identifier = freeName(camelCaseIdentifier(child), (candidate) => takenNames.has(candidate))
    takenNames.add(identifier)
    return `export * as ${identifier} from './${child}/index.js'`
  })

  for (const resolved of [...folder.enums].sort(byName)) {
    const base = freeName(pascalCaseIdentifier(resolved.enumType.name), (candidate) => allExportNames(exportNames(candidate, style)).some((name) => takenNames.has(name)))
    const names = exportNames(base, style)
    for (const name of allExportNames(names)) takenNames.add(name)
    const stem = freeName(fileStem(resolved.enumType.name), (candidate) => takenStems.has(candidate.toLowerCase()))
    takenStems.add(stem.toLowerCase())
    const {name, namespace} = resolved.enumType
    const text = renderEnumModule(resolved.enumType, names, {label: label(resolved), qualifiedName: `${namespace}.${name}`, runtime: runtimeSpecifier(key), style, portable})
    files.push({path: `${prefix}${stem}.ts`, text})
    exportLines.push({stem, line: `export * from './${stem}.js'`})
  }

  const body = [...exportLines.sort((left, right) => compareCodeUnits(left.stem, right.stem)).map(({line}) => line), ...namespaceLines]
  files.push({path: `${prefix}index.ts`, text: [generatedMarker, ...(body.length > 0 ? body : ['export {}']), ''].join('\n')})
  return files
}

/** Every generated file, sorted by path: a module per enum, an index per folder, the shared runtime at the top. */
export function layoutEnumModules(enums: readonly ResolvedEnum[], options: LayoutOptions = {}): GeneratedFile[] {
  const folders = collectFolders(enums, rootNamespace(enums))
  return [...folders]
    .flatMap(([key, folder]) => layoutFolder(key, folder, options))
    .concat({path: `${runtimeStem}.ts`, text: runtimeModuleText})
    .sort((left, right) => compareCodeUnits(left.path, right.path))
}
