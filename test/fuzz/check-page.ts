/**
 * What must hold for any page, however mangled: lint and fix never throw, a
 * fix converges, is idempotent, changes only the translated side of
 * segments (never span markup, never the English side) and nothing outside
 * its edits, and keeps the byte order marks and every line end.
 * Not a test file: shared by the fuzz test and `npm run fuzz`.
 */
import {fixPage, type FixStatus} from '../../src/fix/fix-page.js'
import {lintText} from '../../src/lint/lint-text.js'
import {splitSourceText} from '../../src/model/source-text.js'
import {bytesChangedOutsideEdits} from '../fix/pages.js'

export interface PageVerdict {
  status: FixStatus | 'threw'
  edits: number
  /** One line per property broken; empty when the page passed. */
  problems: string[]
}

export function checkPage(text: string): PageVerdict {
  let first
  let linted
  try {
    linted = lintText(text, {path: 'page.md'})
    first = fixPage(linted)
  } catch (error) {
    return {status: 'threw', edits: 0, problems: [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`]}
  }
  const problems: string[] = []
  if (first.status === 'not-converged') problems.push(`not converged: ${first.remainingFixable} fixable findings left after ${first.passes} passes`)
  const output = first.status === 'fixed' || first.status === 'not-converged' ? first.output : text
  const {marks} = splitSourceText(text)
  if (splitSourceText(output).marks !== marks) problems.push('byte order marks changed')
  if (lineEnds(output) !== lineEnds(text)) problems.push('line ends changed')
  if (first.status === 'fixed') {
    const outside = bytesChangedOutsideEdits(text, output, first.edits, marks.length)
    if (outside > 0) problems.push(`${outside} characters changed outside the edits`)
    const zones = forbiddenZones(splitSourceText(text).body, linted.data.page!.segments)
    for (const edit of first.edits) {
      const zone = zones.find(([start, end]) => edit.start < end && start < edit.end)
      if (zone) problems.push(`edit ${edit.start}-${edit.end} reaches span markup or the English side at ${zone[0]}-${zone[1]}`)
    }
    try {
      const second = fixPage(lintText(output, {path: 'page.md'}))
      if (second.status !== 'clean' && second.edits.length > 0) problems.push(`not idempotent: a second fix made ${second.edits.length} more edits`)
    } catch (error) {
      problems.push(`threw on the fixed page: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return {status: first.status, edits: first.status === 'fixed' ? first.edits.length : 0, problems}
}

/** Every span tag, and the English side of every segment: what no fix may touch. */
function forbiddenZones(body: string, segments: readonly {range: {start: number; end: number}; localized: {range: {start: number; end: number}}}[]): [number, number][] {
  const zones: [number, number][] = []
  for (const match of body.matchAll(/<\/?span\b[^>]*>/g)) zones.push([match.index, match.index + match[0].length])
  for (const segment of segments) zones.push([segment.localized.range.end, segment.range.end])
  return zones
}

function lineEnds(text: string): string {
  return (text.match(/\r\n|\r|\n/g) ?? []).map((end) => (end === '\r\n' ? 'W' : end === '\r' ? 'R' : 'N')).join('')
}
