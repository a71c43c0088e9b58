/**
 * Enum constants from docs and schema: read the members tables (canonical
 * English), cross-check them with the schema, and lay out one TypeScript
 * module per enum. Pure: pages in, files and reports out.
 */
import type {ApiIndex} from '../schema/api-index.js'
import type {EnumStyle} from './render-enum.js'
import {readDocumentedEnums} from './documented-enums.js'
import {layoutEnumModules} from './enum-layout.js'
import {resolveEnums, schemaEnums} from './resolve-enums.js'
import type {EnumDrift, GeneratedFile, GenerationNote, ResolvedEnum, SourcePage} from './types.js'

export interface GenerateEnumsOptions {
  /** The schema to cross-check against (and to generate from when `pages` is absent). */
  api: ApiIndex
  /** Pages whose members tables say which enums to generate; absent: every enum of the schema. */
  pages?: readonly SourcePage[]
  /** Generate despite drift: the schema wins (for docs-only enums, the first page does). */
  allowDrift?: boolean
  /** Shape of the modules: `constants` (default) or `kiota`, the Graph SDK's. */
  style?: EnumStyle
  /** Annotate schemas `z.ZodType<…>` so `.d.ts` built from the modules serve zod 3 and zod 4 alike. */
  portable?: boolean
}

export interface EnumGeneration {
  /** Whether files were produced: no drift, or drift allowed. */
  ok: boolean
  /** Generated files, sorted by path; empty when `ok` is false. */
  files: GeneratedFile[]
  /** The enums generated (or that would be), in the order found. */
  enums: ResolvedEnum[]
  /** Every disagreement between docs and schema, in page order. */
  drift: EnumDrift[]
  /** Tables skipped or not trusted, and why. */
  notes: GenerationNote[]
}

export function generateEnums(options: GenerateEnumsOptions): EnumGeneration {
  const {api, pages} = options
  if (!pages) return {ok: true, files: layoutEnumModules(schemaEnums(api), options), enums: schemaEnums(api), drift: [], notes: []}
  const documented = readDocumentedEnums(pages, api)
  const resolution = resolveEnums(documented.enums, api)
  const ok = resolution.drift.length === 0 || options.allowDrift === true
  return {
    ok,
    files: ok ? layoutEnumModules(resolution.enums, options) : [],
    enums: resolution.enums,
    drift: resolution.drift,
    notes: [...documented.notes, ...resolution.notes]
  }
}
