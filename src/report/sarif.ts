/**
 * SARIF 2.1.0, the format code-scanning services read: one run whose driver
 * lists every rule locdoc has, and one result per finding with its region,
 * a stable fingerprint and, when known, the fix as a text replacement.
 */
import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {z} from 'zod/v4'
import {docsBase, Provenance, RuleCategory, type Rule, type Severity} from '../rules/create-rule.js'
import {rules as allRules} from '../rules/index.js'
import {displayPath} from './display-path.js'
import {arrayItem, byPosition, spanOf} from './json.js'
import {writeAll, type ReportWriter} from './writer.js'

const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'
const informationUri = 'https://github.com/locdoc/locdoc'
const sourceRoot = '%SRCROOT%'
const fingerprintKey = 'locdoc/v1'

/** Ids that are not rules but name why a file could not be linted at all (see src/lint/read-page.ts). */
const fileProblems: ReadonlyArray<{id: string; description: string}> = [
  {id: 'read', description: 'The file could not be read.'},
  {id: 'file-encoding', description: 'The file is binary or not UTF-8 text, so it was not linted.'}
]

const Text = z.object({text: z.string()})
const ArtifactLocation = z.object({uri: z.string(), uriBaseId: z.literal(sourceRoot)})
const Level = z.enum(['none', 'note', 'warning', 'error'])

export const SarifRule = z.object({
  id: z.string(),
  shortDescription: Text,
  fullDescription: Text,
  helpUri: z.string(),
  help: z.object({text: z.string(), markdown: z.string()}),
  defaultConfiguration: z.object({level: Level}),
  properties: z.object({category: RuleCategory.optional(), fixable: z.boolean(), requiresSchema: z.boolean()})
})
export type SarifRule = z.infer<typeof SarifRule>

export const SarifResult = z.object({
  ruleId: z.string(),
  ruleIndex: z.number().int().nonnegative().optional(),
  level: Level,
  message: Text,
  locations: z.array(
    z.object({
      physicalLocation: z.object({
        artifactLocation: ArtifactLocation,
        region: z.object({
          startLine: z.number().int().positive(),
          startColumn: z.number().int().positive(),
          endLine: z.number().int().positive().optional(),
          endColumn: z.number().int().positive().optional()
        })
      })
    })
  ),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  fixes: z
    .array(
      z.object({
        description: Text,
        artifactChanges: z.array(
          z.object({
            artifactLocation: ArtifactLocation,
            replacements: z.array(
              z.object({
                deletedRegion: z.object({charOffset: z.number().int().nonnegative(), charLength: z.number().int().nonnegative()}),
                insertedContent: Text
              })
            )
          })
        )
      })
    )
    .optional(),
  properties: z.object({actual: z.string().optional(), expected: z.array(z.string()).optional(), category: RuleCategory.optional(), provenance: Provenance.optional()})
})
export type SarifResult = z.infer<typeof SarifResult>

export const SarifLog = z.object({
  $schema: z.literal(schemaUri),
  version: z.literal('2.1.0'),
  runs: z.tuple([
    z.object({
      tool: z.object({
        driver: z.object({name: z.literal('locdoc'), informationUri: z.string(), version: z.string(), rules: z.array(SarifRule)})
      }),
      originalUriBaseIds: z.object({[sourceRoot]: z.object({uri: z.string()})}),
      // Our columns and offsets count UTF-16 code units, as JavaScript strings do.
      columnKind: z.literal('utf16CodeUnits'),
      results: z.array(SarifResult)
    })
  ])
})
export type SarifLog = z.infer<typeof SarifLog>

export interface SarifOptions {
  /** Directory that `%SRCROOT%` stands for; result URIs are relative to it. */
  cwd: string
  /** Rules to describe in the driver (default: every rule locdoc has). */
  rules?: readonly Rule[]
}

export function formatSarif(files: readonly VFile[], options: SarifOptions): string {
  return writeAll(createSarifWriter(options), files)
}

export function toSarifLog(files: readonly VFile[], options: SarifOptions): SarifLog {
  const log = emptySarifLog(options)
  const indexById = ruleIndexes(log)
  log.runs[0].results = files.flatMap((file) => sarifResults(file, options.cwd, indexById))
  return log
}

/** The log with every rule described and no results yet. */
export function emptySarifLog(options: SarifOptions): SarifLog {
  const descriptors = describeRules(options.rules ?? allRules)
  return {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'locdoc', informationUri, version: locdocVersion(), rules: descriptors}},
        originalUriBaseIds: {[sourceRoot]: {uri: directoryUri(options.cwd)}},
        columnKind: 'utf16CodeUnits',
        results: []
      }
    ]
  }
}

function ruleIndexes(log: SarifLog): Map<string, number> {
  return new Map(log.runs[0].tool.driver.rules.map((descriptor, index) => [descriptor.id, index]))
}

function sarifResults(file: VFile, cwd: string, indexById: ReadonlyMap<string, number>): SarifResult[] {
  const uri = encodeUri(displayPath(file, cwd))
  return [...file.messages].sort(byPosition).map((message) => toResult(message, uri, indexById))
}

/**
 * The SARIF log written result by result, byte for byte what
 * `JSON.stringify(log, null, 2)` gives for the whole log.
 */
export function createSarifWriter(options: SarifOptions): ReportWriter {
  const log = emptySarifLog(options)
  const indexById = ruleIndexes(log)
  return createSarifLogWriter(log, (file) => sarifResults(file, options.cwd, indexById))
}

/** Stream the results of `log` (whose own results are ignored) into its layout. */
export function createSarifLogWriter(
  log: SarifLog,
  resultsOf: (file: VFile) => readonly SarifResult[]
): ReportWriter & {result(result: SarifResult): string} {
  const marker = '\u0000results\u0000'
  const withResults = (results: unknown[]) => JSON.stringify({...log, runs: [{...log.runs[0], results}]}, null, 2)
  const layout = withResults([marker])
  const quoted = JSON.stringify(marker)
  const at = layout.indexOf(quoted)
  const indent = layout.slice(layout.lastIndexOf('\n', at) + 1, at)
  const head = layout.slice(0, layout.lastIndexOf('\n', at) + 1)
  const tail = layout.slice(at + quoted.length)
  let count = 0
  const result = (item: SarifResult) => `${count++ === 0 ? head : ',\n'}${arrayItem(item, indent)}`
  return {
    result,
    file: (file) => resultsOf(file).map(result).join(''),
    end: () => (count === 0 ? withResults([]) : tail)
  }
}

function describeRules(rules: readonly Rule[]): SarifRule[] {
  const descriptors = rules.flatMap((rule) => {
    const {meta} = rule
    const own = describe(meta.id, meta.description, meta.category, meta.severity, meta)
    if (!meta.sourceId) return [own]
    const description = `${meta.description.replace(/\.$/, '')}, and the English source is at fault.`
    return [own, describe(meta.sourceId, description, 'source', meta.severity === 'off' ? 'off' : 'warn', meta)]
  })
  const known = new Set(descriptors.map((descriptor) => descriptor.id))
  for (const problem of fileProblems) {
    if (!known.has(problem.id)) descriptors.push(describe(problem.id, problem.description, undefined, 'error', {fixable: false, requiresSchema: false}))
  }
  return descriptors
}

function describe(
  id: string,
  description: string,
  category: RuleCategory | undefined,
  severity: Severity,
  traits: {fixable: boolean; requiresSchema: boolean}
): SarifRule {
  const url = `${docsBase}#${id}`
  const notes = [
    traits.fixable ? 'Findings carry a fix: run `locdoc fix`.' : undefined,
    traits.requiresSchema ? 'Runs only with an API schema (`--schema`).' : undefined
  ].filter((note) => note !== undefined)
  return {
    id,
    shortDescription: {text: description},
    fullDescription: {text: [description, ...notes].join(' ')},
    helpUri: url,
    help: {text: `${[description, ...notes].join(' ')} See ${url}`, markdown: `${[description, ...notes].join(' ')}\n\n[Documentation of \`${id}\`](${url})`},
    defaultConfiguration: {level: severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none'},
    properties: {...(category ? {category} : {}), fixable: traits.fixable, requiresSchema: traits.requiresSchema}
  }
}

function toResult(message: VFileMessage, uri: string, indexById: ReadonlyMap<string, number>): SarifResult {
  const {start, end} = spanOf(message)
  const ruleId = message.ruleId ?? 'locdoc'
  const ruleIndex = indexById.get(ruleId)
  const artifactLocation = {uri, uriBaseId: sourceRoot} as const
  return {
    ruleId,
    ...(ruleIndex === undefined ? {} : {ruleIndex}),
    level: message.fatal ? 'error' : 'warning',
    message: {text: message.reason},
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {startLine: start.line, startColumn: start.column, ...(end ? {endLine: end.line, endColumn: end.column} : {})}
        }
      }
    ],
    ...(message.fingerprint ? {partialFingerprints: {[fingerprintKey]: message.fingerprint}} : {}),
    ...(message.fix
      ? {
          fixes: [
            {
              description: {text: `Replace with \`${message.fix.text}\``},
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: [
                    {
                      // Offsets count from after a byte order mark, as ESLint's fix ranges do
                      // (the BOM is set aside before parsing): a consumer applying this to a
                      // file that starts with U+FEFF must skip that character first.
                      deletedRegion: {charOffset: message.fix.range[0], charLength: message.fix.range[1] - message.fix.range[0]},
                      insertedContent: {text: message.fix.text}
                    }
                  ]
                }
              ]
            }
          ]
        }
      : {}),
    properties: {
      ...(message.actual === undefined ? {} : {actual: message.actual}),
      ...(message.expected === undefined ? {} : {expected: message.expected}),
      ...(message.category ? {category: message.category} : {}),
      ...(message.provenance ? {provenance: message.provenance} : {})
    }
  }
}

/** A relative URI reference: each path segment percent-encoded, `/` kept. */
function encodeUri(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/')
}

/** SARIF wants a base URI that ends in a slash. */
function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href
  return href.endsWith('/') ? href : `${href}/`
}

const PackageJson = z.object({version: z.string()})
let version: string | undefined

/** locdoc's own version, from the package.json beside src/ and dist/. */
export function locdocVersion(): string {
  version ??= PackageJson.parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version
  return version
}
