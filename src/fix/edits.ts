/**
 * Edits to the original text, kept in the original's offsets across fix
 * passes: a later pass's fix is mapped back through the earlier ones, so the
 * final record says exactly which original ranges changed and into what.
 */
import {z} from 'zod/v4'
import type {Fix} from '../rules/create-rule.js'

export const Edit = z.object({
  start: z.number().int().nonnegative().describe('Offset in the original BOM-less text.'),
  end: z.number().int().nonnegative().describe('Offset one past the last replaced character of the original.'),
  text: z.string().describe('What that range reads in the output.')
})
export type Edit = z.infer<typeof Edit>

/** Apply edits (sorted, disjoint, original offsets) to the original text. */
export function applyEdits(original: string, edits: readonly Edit[]): string {
  let output = ''
  let position = 0
  for (const edit of edits) {
    output += original.slice(position, edit.start) + edit.text
    position = edit.end
  }
  return output + original.slice(position)
}

/**
 * Fold the fixes of one pass (offsets into `current`, the text after the
 * earlier passes) into the edits of the earlier passes.
 */
export function composeEdits(edits: readonly Edit[], fixes: readonly Fix[], current: string): Edit[] {
  let result = [...edits]
  let text = current
  // Last fix first: offsets before it stay valid in `text` and in `result`.
  const descending = [...fixes].sort((left, right) => right.range[0] - left.range[0])
  for (const fix of descending) {
    result = foldFix(result, fix, text)
    text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
  }
  return result
}

function foldFix(edits: Edit[], fix: Fix, text: string): Edit[] {
  const [start, end] = fix.range
  let delta = 0
  let deltaBeforeGroup = 0
  let deltaAfterGroup = 0
  const group: number[] = []
  for (const [index, edit] of edits.entries()) {
    const currentStart = edit.start + delta
    const currentEnd = currentStart + edit.text.length
    // Touching edits merge too, so the record stays disjoint and ordered.
    if (currentStart <= end && start <= currentEnd) {
      if (group.length === 0) deltaBeforeGroup = delta
      group.push(index)
      deltaAfterGroup = delta + edit.text.length - (edit.end - edit.start)
    } else if (currentStart > end) {
      break
    }
    delta += edit.text.length - (edit.end - edit.start)
  }
  if (group.length === 0) {
    // No earlier edit here: the delta of every edit before `start` maps it back.
    const before = deltaBefore(edits, start)
    const edit: Edit = {start: start - before, end: end - before, text: fix.text}
    return [...edits, edit].sort((left, right) => left.start - right.start)
  }
  const first = edits[group[0]!]!
  const last = edits[group[group.length - 1]!]!
  const firstCurrentStart = first.start + deltaBeforeGroup
  const lastCurrentEnd = last.end + deltaAfterGroup
  const mergedCurrentStart = Math.min(start, firstCurrentStart)
  const mergedCurrentEnd = Math.max(end, lastCurrentEnd)
  const merged: Edit = {
    start: start < firstCurrentStart ? start - deltaBeforeGroup : first.start,
    end: end > lastCurrentEnd ? end - deltaAfterGroup : last.end,
    text: text.slice(mergedCurrentStart, start) + fix.text + text.slice(end, mergedCurrentEnd)
  }
  return [...edits.slice(0, group[0]!), merged, ...edits.slice(group[group.length - 1]! + 1)]
}

function deltaBefore(edits: readonly Edit[], currentOffset: number): number {
  let delta = 0
  for (const edit of edits) {
    if (edit.start + delta >= currentOffset) break
    delta += edit.text.length - (edit.end - edit.start)
  }
  return delta
}
