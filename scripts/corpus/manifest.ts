/**
 * What a generated corpus says about itself: enough for the bench to know
 * whether it can reuse it, and for anyone to check locdoc's findings against
 * what was injected (`expected.jsonl`, one page per line).
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import {MistakeClass} from './mistakes.js'

export const manifestName = 'manifest.json'
export const expectedName = 'expected.jsonl'

export const CorpusManifest = z.object({
  generator: z.literal('locdoc-corpus'),
  version: z.number().int().describe('`generatorVersion` of the script that wrote it.'),
  seed: z.string(),
  shape: z.enum(['mixed', 'plain']).default('mixed').describe('`mixed`: sxs and plain pages of many templates; `plain`: no spans, API pages as common as in a real reference.'),
  pages: z.number().int().nonnegative(),
  facts: z.string().describe('Where names came from: `builtin` or `csdl:<sha256 prefix>`.'),
  bytes: z.number().int().nonnegative().describe('UTF-8 bytes of all pages.'),
  pagesWithMistakes: z.number().int().nonnegative(),
  templates: z.record(z.string(), z.number().int()).describe('Pages per template, `api` or `api (no spans)`.'),
  locales: z.record(z.string(), z.number().int()),
  quirks: z.record(z.string(), z.number().int()).describe('Pages with each quirk.'),
  mistakes: z
    .record(MistakeClass, z.object({sites: z.number().int(), injected: z.number().int()}))
    .describe('Per class: places where locdoc could see a mistake, and mistakes injected there.')
})
export type CorpusManifest = z.infer<typeof CorpusManifest>

/** The manifest in `directory`, or undefined when there is none or it is not ours. */
export function readManifest(directory: string): CorpusManifest | undefined {
  const file = path.join(directory, manifestName)
  if (!existsSync(file)) return undefined
  try {
    const parsed = CorpusManifest.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
