/**
 * Combine the reports of CI shards into one: ESLint-shaped JSON arrays or
 * SARIF logs, all of one kind. Results are ordered by file as an unsharded
 * run orders them, so the merge of every shard equals the unsharded report.
 */
import {z} from 'zod/v4'
import {JsonResult} from './json.js'
import {SarifLog, SarifResult} from './sarif.js'

export type MergeInput = {kind: 'json'; results: JsonResult[]} | {kind: 'sarif'; log: SarifLog}

export type MergeOutcome = {ok: true; text: string; errors: number; warnings: number; unreadable: number} | {ok: false; error: string}

const JsonReport = z.array(JsonResult)

/** Ids that mean a page could not be read at all: an I/O failure in the run that made the report. */
const readFailureId = 'read'

export function parseReport(text: string): {ok: true; input: MergeInput} | {ok: false; error: string} {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {ok: false, error: `not JSON: ${(error as Error).message}`}
  }
  if (Array.isArray(value)) {
    const parsed = JsonReport.safeParse(value)
    return parsed.success ? {ok: true, input: {kind: 'json', results: parsed.data}} : {ok: false, error: 'not a locdoc JSON report (`--format json`)'}
  }
  const parsed = SarifLog.safeParse(value)
  return parsed.success ? {ok: true, input: {kind: 'sarif', log: parsed.data}} : {ok: false, error: 'not a locdoc SARIF log (`--format sarif`)'}
}

export function mergeReports(inputs: readonly MergeInput[]): MergeOutcome {
  const kinds = new Set(inputs.map((input) => input.kind))
  if (kinds.size > 1) return {ok: false, error: 'cannot merge JSON reports with SARIF logs: give reports of one format'}
  if (inputs[0]?.kind === 'sarif') return mergeSarif(inputs.map((input) => (input as {log: SarifLog}).log))
  return mergeJson(inputs.flatMap((input) => (input as {results: JsonResult[]}).results))
}

function mergeJson(results: JsonResult[]): MergeOutcome {
  const merged = [...results].sort((left, right) => compare(left.filePath, right.filePath))
  let errors = 0
  let warnings = 0
  let unreadable = 0
  for (const result of merged) {
    errors += result.errorCount
    warnings += result.warningCount
    unreadable += result.messages.filter((message) => message.ruleId === readFailureId).length
  }
  return {ok: true, text: JSON.stringify(merged, null, 2), errors, warnings, unreadable}
}

function mergeSarif(logs: readonly SarifLog[]): MergeOutcome {
  const first = logs[0]!
  const versions = new Set(logs.map((log) => log.runs[0].tool.driver.version))
  if (versions.size > 1) return {ok: false, error: `cannot merge SARIF logs of different locdoc versions (${[...versions].join(', ')})`}
  const bases = new Set(logs.map((log) => log.runs[0].originalUriBaseIds['%SRCROOT%'].uri))
  if (bases.size > 1) return {ok: false, error: 'cannot merge SARIF logs made in different folders: run every shard from the same folder'}
  const uriOf = (result: SarifResult) => result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''
  // A stable sort by file keeps each file's results in their own order.
  const results = logs.flatMap((log) => log.runs[0].results).sort((left, right) => compare(uriOf(left), uriOf(right)))
  const merged: SarifLog = {...first, runs: [{...first.runs[0], results}]}
  return {
    ok: true,
    text: JSON.stringify(merged, null, 2),
    errors: results.filter((result) => result.level === 'error').length,
    warnings: results.filter((result) => result.level === 'warning').length,
    unreadable: results.filter((result) => result.ruleId === readFailureId).length
  }
}

/** Code-unit order, as the page walk sorts paths. */
function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
