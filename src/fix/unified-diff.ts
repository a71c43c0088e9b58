/**
 * A small unified line diff for `locdoc fix --dry-run`: common lines are
 * trimmed from both ends, the middle is aligned by longest common
 * subsequence, and hunks carry three lines of context.
 */
import {commonEnds} from '../util/common-ends.js'

type Operation = {kind: ' ' | '-' | '+'; line: string}

const context = 3
// Beyond this many cells the middle is shown as one replacement: still correct, only coarser.
const maximumCells = 4_000_000

export function unifiedDiff(before: string, after: string, names: {from: string; to: string}): string {
  if (before === after) return ''
  const operations = diffLines(splitLines(before), splitLines(after))
  const hunks = groupHunks(operations)
  const body = hunks.map((hunk) => formatHunk(hunk, operations)).join('')
  return `--- ${names.from}\n+++ ${names.to}\n${body}`
}

/** Lines with their endings, so a CRLF or a missing final newline is a difference too. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

function diffLines(before: string[], after: string[]): Operation[] {
  const {prefix, suffix} = commonEnds(before, after)
  const middleBefore = before.slice(prefix, before.length - suffix)
  const middleAfter = after.slice(prefix, after.length - suffix)
  return [
    ...before.slice(0, prefix).map((line): Operation => ({kind: ' ', line})),
    ...alignMiddle(middleBefore, middleAfter),
    ...before.slice(before.length - suffix).map((line): Operation => ({kind: ' ', line}))
  ]
}

function alignMiddle(before: string[], after: string[]): Operation[] {
  const removed = before.map((line): Operation => ({kind: '-', line}))
  const added = after.map((line): Operation => ({kind: '+', line}))
  if (before.length * after.length > maximumCells) return [...removed, ...added]
  const width = after.length + 1
  const lengths = new Uint32Array((before.length + 1) * width)
  for (let row = before.length - 1; row >= 0; row--) {
    for (let column = after.length - 1; column >= 0; column--) {
      lengths[row * width + column] =
        before[row] === after[column]
          ? lengths[(row + 1) * width + column + 1]! + 1
          : Math.max(lengths[(row + 1) * width + column]!, lengths[row * width + column + 1]!)
    }
  }
  const operations: Operation[] = []
  let row = 0
  let column = 0
  while (row < before.length || column < after.length) {
    if (row < before.length && column < after.length && before[row] === after[column]) {
      operations.push({kind: ' ', line: before[row++]!})
      column++
    } else if (row < before.length && (column === after.length || lengths[(row + 1) * width + column]! >= lengths[row * width + column + 1]!)) {
      // Removals before additions, as diff(1) prints them.
      operations.push({kind: '-', line: before[row++]!})
    } else {
      operations.push({kind: '+', line: after[column++]!})
    }
  }
  return operations
}

type Hunk = {start: number; end: number}

function groupHunks(operations: Operation[]): Hunk[] {
  const hunks: Hunk[] = []
  for (const [index, operation] of operations.entries()) {
    if (operation.kind === ' ') continue
    const start = Math.max(0, index - context)
    const end = Math.min(operations.length, index + context + 1)
    const last = hunks[hunks.length - 1]
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else hunks.push({start, end})
  }
  return hunks
}

function formatHunk(hunk: Hunk, operations: Operation[]): string {
  let beforeLine = 1
  let afterLine = 1
  for (const operation of operations.slice(0, hunk.start)) {
    if (operation.kind !== '+') beforeLine++
    if (operation.kind !== '-') afterLine++
  }
  const lines = operations.slice(hunk.start, hunk.end)
  const beforeCount = lines.filter((operation) => operation.kind !== '+').length
  const afterCount = lines.filter((operation) => operation.kind !== '-').length
  const header = `@@ -${range(beforeLine, beforeCount)} +${range(afterLine, afterCount)} @@\n`
  return header + lines.map((operation) => formatLine(operation)).join('')
}

function range(line: number, count: number): string {
  // An empty side names the line before it, as diff(1) does.
  return count === 1 ? String(line) : `${count === 0 ? line - 1 : line},${count}`
}

function formatLine(operation: Operation): string {
  const text = operation.kind + operation.line
  return text.endsWith('\n') ? text : `${text}\n\\ No newline at end of file\n`
}
