/** The bench's human-readable table. */
import type {BenchResult} from '../bench.js'
import {csdlBudgetSeconds} from './csdl.js'

const mebibyte = 1024 * 1024

const number = (value: number, digits = 0) => value.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits})
const memory = (bytes: number) => `${number(bytes / mebibyte)} MiB`

export function formatBench(result: BenchResult): string {
  const {corpus, ratios, findings, csdl} = result
  const lines: string[] = []
  const generator = corpus.generator
  lines.push(
    `locdoc bench: ${number(corpus.files)} files, ${number(corpus.bytes / 1e6, 1)} MB in ${corpus.directory}` +
      (generator ? ` (generator v${generator.version}, seed ${JSON.stringify(generator.seed)}, facts ${generator.facts})` : '')
  )
  if (corpus.unreadable.length > 0) lines.push(`  left out, not readable as UTF-8: ${corpus.unreadable.join(', ')}`)
  lines.push(
    'Files were read into memory before any timing, by the worker that times them: disk I/O is not measured. Each phase parses each file it times once.',
    `Node ${result.node}, ${result.cpus} CPUs; each phase in its own worker thread; ${result.workers} lane${result.workers === 1 ? '' : 's'} of three such workers in parallel, ` +
      `each on its own files; warm-up ${result.warmupFilesPerWorker} files per worker; ${result.rounds} rounds over interleaved slices of the corpus; ` +
      `within a round the phases take turns every ~${result.chunkSize} files in all six orders, young-generation GC off the clock before each chunk, full GC before each round.`,
    ''
  )
  const header = ['phase', 'files', 'median round s', 'files/s/core', 'MB/s/core', '1-core pass s', 'peak heap', 'rounds (s)']
  const rows = result.phases.map((phase) => [
    phase.label,
    number(phase.files),
    number(phase.medianRoundSeconds, 2),
    number(phase.filesPerSecond),
    number(phase.megabytesPerSecond, 2),
    number(phase.passSeconds, 1),
    memory(phase.peakHeap),
    phase.roundSeconds.map((seconds) => seconds.toFixed(2)).join(' ')
  ])
  lines.push(...table([header, ...rows]))
  lines.push(
    `measured rounds took ${result.roundWallSeconds.map((seconds) => seconds.toFixed(1)).join(' ')} s of wall time` +
      (result.workers > 1 ? `; with ${result.workers} lanes the machine does about ${result.workers}× the per-core rates` : '')
  )
  lines.push(
    '',
    `ratio locdoc / baseline  ${ratios.locdocToBaseline.toFixed(2)}  median of per-round ratios ${ratios.perRound.map((ratio) => ratio.toFixed(2)).join(' ')}; ` +
      `goal ≤ ${result.goal.ratio}: ${result.goal.met ? 'met' : 'NOT MET'}`,
    `  parser config          ${ratios.parserToBaseline.toFixed(2)}  our parser / baseline: what remark-frontmatter adds`,
    `  locdoc's own work      ${ratios.locdocToParser.toFixed(2)}  locdoc / our parser: page model, rules, schema`,
    `parses per file in lintText: ${result.parsesPerFile.toFixed(2)}`,
    `RSS (whole process, ${result.workers * 3} workers, each holding its lane's pages): ${memory(result.memory.rssWithCorpus)} with the corpus loaded; ` +
      `peak ${memory(result.memory.peakRssAfterLint)} after linting` +
      (result.memory.peakRssAfterCsdl === undefined ? '' : `, ${memory(result.memory.peakRssAfterCsdl)} after the CSDL import`),
    '',
    `findings: ${number(findings.total)} (${number(findings.errors)} errors)` +
      (findings.injected ? '; injected = mistakes the generator put in (a broken span can give two findings)' : '')
  )
  const ruleRows = Object.entries(findings.byRule).map(([rule, count]) => [`  ${rule}`, number(count), findings.injected?.[rule] === undefined ? '' : number(findings.injected[rule])])
  if (ruleRows.length > 0) lines.push(...table([['  rule', 'findings', findings.injected ? 'injected' : ''], ...ruleRows]))
  lines.push('')
  if (csdl.skipped) lines.push(`CSDL import: ${csdl.skipped}`)
  else {
    lines.push(
      `CSDL import (${csdl.path}, ${number((csdl.bytes ?? 0) / 1e6, 1)} MB): parseCsdl median ${csdl.parseMedian!.toFixed(2)} s ` +
        `of ${csdl.parseSeconds!.length} run${csdl.parseSeconds!.length === 1 ? '' : 's'} (${csdl.parseSeconds!.map((seconds) => seconds.toFixed(2)).join(' ')}), ` +
        `budget ${csdlBudgetSeconds} s: ${csdl.withinBudget ? 'within' : 'OVER'}; then createApiIndex ${csdl.indexMedian!.toFixed(2)} s`
    )
  }
  lines.push(`bench took ${number(result.seconds, 1)} s`)
  return lines.join('\n')
}

/** Columns padded to their widest cell; the first and last left-aligned, the rest right-aligned. */
export function table(rows: readonly string[][]): string[] {
  const columns = Math.max(...rows.map((row) => row.length))
  const widths = Array.from({length: columns}, (_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 || column === columns - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd()
  )
}
