/**
 * Splice fixes into a text by their exact ranges, from the last offset
 * backwards, so every byte outside the ranges stays as it was. Overlapping
 * or conflicting fixes are refused as a whole: a page is never fixed by half.
 */
import type {VFile} from 'vfile'
import {z} from 'zod'
import {Fix} from '../rules/create-rule.js'

export const FixConflict = z.object({
  first: Fix.describe('The earlier of the two fixes, by start offset.'),
  second: Fix.describe('The fix that overlaps or contradicts it.'),
  reason: z.string().describe('One line: why the two cannot both be applied.')
})
export type FixConflict = z.infer<typeof FixConflict>

export type ApplyResult = {ok: true; text: string; applied: Fix[]} | {ok: false; conflicts: FixConflict[]}

/** The fixes a lint found, in file order, one per range and text. */
export function collectFixes(file: VFile): Fix[] {
  const fixes: Fix[] = []
  for (const message of file.messages) if (message.fix) fixes.push(message.fix)
  return sortFixes(dedupeFixes(fixes))
}

export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const sorted = sortFixes(dedupeFixes(fixes))
  const conflicts = findConflicts(text, sorted)
  if (conflicts.length > 0) return {ok: false, conflicts}
  let output = text
  // Last offset first: earlier offsets stay valid while we splice.
  for (let index = sorted.length - 1; index >= 0; index--) {
    const {range, text: replacement} = sorted[index]!
    output = output.slice(0, range[0]) + replacement + output.slice(range[1])
  }
  return {ok: true, text: output, applied: sorted.filter((fix) => !isNoop(text, fix))}
}

/** Two rules may propose the very same edit: that is one fix, not a conflict. */
function dedupeFixes(fixes: readonly Fix[]): Fix[] {
  const seen = new Map<string, Fix>()
  for (const fix of fixes) seen.set(JSON.stringify([fix.range[0], fix.range[1], fix.text]), fix)
  return [...seen.values()]
}

function sortFixes(fixes: Fix[]): Fix[] {
  return fixes.sort((left, right) => left.range[0] - right.range[0] || left.range[1] - right.range[1])
}

function findConflicts(text: string, sorted: readonly Fix[]): FixConflict[] {
  const conflicts: FixConflict[] = []
  for (const fix of sorted) {
    const [start, end] = fix.range
    if (start > end || end > text.length) {
      conflicts.push({first: fix, second: fix, reason: `Fix range ${start}-${end} is outside the text (length ${text.length})`})
    }
  }
  for (let index = 1; index < sorted.length; index++) {
    const first = sorted[index - 1]!
    const second = sorted[index]!
    const overlaps = second.range[0] < first.range[1]
    // Two edits at one offset (an insertion beside another edit) have no defined order.
    const sameStart = second.range[0] === first.range[0]
    if (overlaps || sameStart) {
      const reason = first.range[0] === second.range[0] && first.range[1] === second.range[1]
        ? `Conflicting fixes for ${describeRange(first)}: \`${first.text}\` and \`${second.text}\``
        : `Overlapping fixes ${describeRange(first)} (\`${first.text}\`) and ${describeRange(second)} (\`${second.text}\`)`
      conflicts.push({first, second, reason})
    }
  }
  return conflicts
}

function describeRange(fix: Fix): string {
  return `${fix.range[0]}-${fix.range[1]}`
}

function isNoop(text: string, fix: Fix): boolean {
  return text.slice(fix.range[0], fix.range[1]) === fix.text
}
