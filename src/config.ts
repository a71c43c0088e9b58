/**
 * `locdoc.config.json`: rule severities, ignore globs and the schema to
 * validate against. Found by walking up from the working directory; loading
 * never throws, and a bad key is named in the error.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parse as parseJsonc, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {z} from 'zod/v4'
import {Severity} from './rules/create-rule.js'
import {ruleIds} from './rules/index.js'

export const configFileName = 'locdoc.config.json'

/** Words people write for a severity, and the word locdoc takes instead. */
const severityMisspellings: Readonly<Record<string, Severity>> = {
  warning: 'warn',
  warnings: 'warn',
  errors: 'error',
  err: 'error',
  none: 'off',
  false: 'off',
  disabled: 'off',
  disable: 'off',
  ignore: 'off'
}

const SeveritySetting = z
  .union([Severity, z.literal(0), z.literal(1), z.literal(2)], {
    error: (issue) => {
      const input = issue.input
      const suggestion = typeof input === 'string' ? severityMisspellings[input.toLowerCase()] : undefined
      const shown = JSON.stringify(input)
      return suggestion
        ? `Unexpected severity ${shown}: use \`${suggestion}\``
        : `Unexpected severity ${shown}, expected \`off\`, \`warn\` or \`error\` (or 0, 1, 2)`
    }
  })
  .transform((value): Severity => (typeof value === 'number' ? (['off', 'warn', 'error'] as const)[value] : value))

export const Config = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), SeveritySetting).default({}).describe('Severity per rule id: `off`, `warn`, `error` (or 0, 1, 2).'),
    ignore: z.array(z.string()).default([]).describe('Globs of pages not to lint, relative to the folder of the config file.'),
    schema: z.string().optional().describe('API schema to validate against (a `schema.json` from `locdoc schema import` or CSDL metadata), relative to the folder of the config file.'),
    // Pages without spans: the English they were translated from, and a translation memory.
    source: z.string().optional().describe('English docs (git checkout or bare repository) that pages without spans are compared with, relative to the folder of the config file.'),
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

export type ConfigResult =
  | {
      ok: true
      config: Config
      path?: string
      /** Absolute folder of the config file: paths in the config are relative to it (absent for the defaults). */
      directory?: string
    }
  | {ok: false; error: string}

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
  const parsed = parseConfig(text, path.relative(cwd, found) || found)
  return parsed.ok ? {...parsed, directory: path.dirname(found)} : parsed
}

export function parseConfig(raw: string, name = configFileName): ConfigResult {
  // Editors on Windows save JSON with a byte order mark, which JSON.parse rejects and no editor shows.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  // JSON with comments, as tsconfig.json and .vscode settings: a config is worth annotating.
  const errors: ParseError[] = []
  const value: unknown = parseJsonc(text, errors, {disallowComments: false, allowTrailingComma: false})
  if (errors.length > 0) {
    const first = errors[0]!
    const before = text.slice(0, first.offset)
    const line = before.split('\n').length
    const column = first.offset - before.lastIndexOf('\n')
    const reason = printParseErrorCode(first.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase()
    return {ok: false, error: `${name}:${line}:${column}: invalid JSON: ${reason}`}
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
