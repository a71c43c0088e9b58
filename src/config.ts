/**
 * `locdoc.config.json`: rule severities, ignore globs and the schema to
 * validate against. Found by walking up from the working directory; loading
 * never throws, and a bad key is named in the error.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {z} from 'zod'
import {Severity} from './rules/create-rule.js'
import {ruleIds} from './rules/index.js'

export const configFileName = 'locdoc.config.json'

const SeveritySetting = z
  .union([Severity, z.literal(0), z.literal(1), z.literal(2)])
  .transform((value): Severity => (typeof value === 'number' ? (['off', 'warn', 'error'] as const)[value] : value))

export const Config = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), SeveritySetting).default({}).describe('Severity per rule id: `off`, `warn`, `error` (or 0, 1, 2).'),
    ignore: z.array(z.string()).default([]).describe('Globs of pages not to lint, relative to the working directory.'),
    schema: z.string().optional().describe('API schema to validate against: a `schema.json` from `locdoc schema import` or CSDL metadata.'),
    // Pages without spans: the English they were translated from, and a translation memory.
    source: z.string().optional().describe('English docs (git checkout or bare repository) that pages without spans are compared with.'),
    sourceRoot: z.string().optional().describe('Localized root the English paths are relative to; default: the top of each page\'s git work tree.'),
    memory: z.string().optional().describe('Translation memory (`locdoc memory build`) applied to pages without spans or English source.')
  })
  .strict()
  .superRefine((config, context) => {
    const known = new Set(ruleIds())
    for (const id of Object.keys(config.rules)) {
      if (!known.has(id)) context.addIssue({code: 'custom', path: ['rules', id], message: `Unknown rule \`${id}\``})
    }
  })
export type Config = z.infer<typeof Config>

export type ConfigResult = {ok: true; config: Config; path?: string} | {ok: false; error: string}

/** Load `explicitPath`, or the nearest `locdoc.config.json` above `cwd`, or the defaults. */
export async function loadConfig(options: {cwd?: string; explicitPath?: string} = {}): Promise<ConfigResult> {
  const cwd = options.cwd ?? process.cwd()
  const found = options.explicitPath ? path.resolve(cwd, options.explicitPath) : await findUp(cwd)
  if (!found) return {ok: true, config: Config.parse({})}
  let text: string
  try {
    text = await readFile(found, 'utf8')
  } catch (error) {
    return {ok: false, error: `${path.relative(cwd, found) || found}: cannot read config: ${(error as Error).message}`}
  }
  return parseConfig(text, path.relative(cwd, found) || found)
}

export function parseConfig(raw: string, name = configFileName): ConfigResult {
  // Editors on Windows save JSON with a byte order mark, which JSON.parse rejects and no editor shows.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const where = jsonErrorPoint(text, (error as Error).message)
    return {ok: false, error: `${name}${where}: invalid JSON: ${(error as Error).message.split('\n')[0]}`}
  }
  const result = Config.safeParse(value)
  if (result.success) return {ok: true, config: result.data, path: name}
  const issue = result.error.issues[0]!
  const key = issue.path.length > 0 ? issue.path.join('.') : '(root)'
  return {ok: false, error: `${name}: \`${key}\`: ${issue.message}`}
}

async function findUp(directory: string): Promise<string | undefined> {
  for (let current = path.resolve(directory); ; current = path.dirname(current)) {
    const candidate = path.join(current, configFileName)
    try {
      await readFile(candidate)
      return candidate
    } catch {
      // Not here: keep walking up.
    }
    if (path.dirname(current) === current) return undefined
  }
}

function jsonErrorPoint(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)
  if (!position) return ''
  const offset = Number(position[1])
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return `:${line}:${offset - before.lastIndexOf('\n')}`
}
