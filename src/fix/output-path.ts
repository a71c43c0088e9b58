/**
 * Where `--out <dir>` puts a page: at its path relative to the inputs'
 * common root, as `tsc --outDir` does (`fix /abs/seeds/a.txt --out out`
 * writes `out/a.txt`). A page outside the root (`../x.md` with the default
 * root, the working directory) goes under `<dir>/_outside/` by its absolute
 * path, so no input path can lead a write out of the output directory.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'

export const outsideFolder = '_outside'

export function outputPathFor(inputPath: string, options: {cwd: string; outDirectory: string; inputRoot?: string}): string {
  const root = path.resolve(options.cwd, options.outDirectory)
  const absolute = path.resolve(options.cwd, inputPath)
  const relative = path.relative(path.resolve(options.cwd, options.inputRoot ?? '.'), absolute)
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  const parts = inside ? relative.split(path.sep) : [outsideFolder, ...withoutRoot(absolute)]
  const target = path.resolve(root, ...parts.filter((part) => part !== '' && part !== '.' && part !== '..'))
  assertInside(target, root)
  return target
}

export function assertInside(target: string, root: string): void {
  const relative = path.relative(root, target)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`Refusing to write \`${target}\`: outside \`${root}\``)
  }
}

function withoutRoot(absolute: string): string[] {
  const {root} = path.parse(absolute)
  // `C:\` becomes a folder `C`, `/` nothing.
  const drive = root.replace(/[:\\/]+/g, '')
  return [...(drive ? [drive] : []), ...absolute.slice(root.length).split(path.sep)]
}

/**
 * The input an output directory would land inside, if any: corrected copies
 * written there would be linted again by the next run over the same inputs.
 * A glob counts by its static folder (`docs/**` by `docs`); a file by itself.
 */
export function inputHolding(outDirectory: string, operands: readonly string[], cwd: string): string | undefined {
  const out = path.resolve(cwd, outDirectory)
  return operands.find((operand) => {
    const root = path.resolve(cwd, staticBase(operand))
    const relative = path.relative(root, out)
    return !relative.startsWith('..') && !path.isAbsolute(relative)
  })
}

/** The folders of a glob before its first segment with a magic character. */
function staticBase(operand: string): string {
  const segments = operand.split(/[\\/]/)
  const magic = segments.findIndex((segment) => /[*?[\]{}()!]/.test(segment))
  return magic === -1 ? operand : segments.slice(0, magic).join('/') || '.'
}

/**
 * The deepest folder holding every input: a folder operand is itself, a file
 * its folder, a glob its static part. Operands that do not exist are left out.
 */
export async function commonInputRoot(operands: readonly string[], cwd: string): Promise<string> {
  const folders: string[] = []
  for (const operand of operands) {
    const base = path.resolve(cwd, staticBase(operand))
    const info = await stat(base).catch(() => undefined)
    if (info) folders.push(info.isDirectory() ? base : path.dirname(base))
  }
  if (folders.length === 0) return cwd
  let common = folders[0]!.split(path.sep)
  for (const folder of folders.slice(1)) {
    const parts = folder.split(path.sep)
    let length = 0
    while (length < common.length && length < parts.length && common[length] === parts[length]) length++
    common = common.slice(0, length)
  }
  return common.join(path.sep) || path.parse(folders[0]!).root
}
