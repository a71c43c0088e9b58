/**
 * Splice fixes into a text by their exact ranges, from the last offset
 * backwards, so every byte outside the ranges stays as it was. Before that,
 * the fixes are planned: the same edit twice is one edit, a fix whose
 * replacement already holds a fix inside its range subsumes it, and fixes
 * that truly conflict are set aside (each reported) while the rest apply.
 */
import type {VFile} from 'vfile'
import {z} from 'zod/v4'
import {Fix} from '../rules/create-rule.js'

export const FixConflict = z.object({
  first: Fix.describe('The earlier of the two fixes, by start offset.'),
  second: Fix.describe('The fix that overlaps or contradicts it.'),
  reason: z.string().describe('One line: why the two cannot both be applied.')
})
export type FixConflict = z.infer<typeof FixConflict>

export interface FixPlan {
  /** Fixes that can all be applied together, in file order. */
  applicable: Fix[]
  /** Pairs set aside: neither fix of a pair is applied. */
  conflicts: FixConflict[]
}

export interface ApplyResult extends FixPlan {
  text: string
  /** The applicable fixes that changed something. */
  applied: Fix[]
}

/** The fixes a lint found, in file order, one per range and text. */
export function collectFixes(file: VFile): Fix[] {
  const fixes: Fix[] = []
  for (const message of file.messages) if (message.fix) fixes.push(message.fix)
  return sortFixes(dedupeFixes(fixes))
}

export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const plan = planFixes(text, fixes)
  let output = text
  // Last offset first: earlier offsets stay valid while we splice.
  for (let index = plan.applicable.length - 1; index >= 0; index--) {
    const {range, text: replacement} = plan.applicable[index]!
    output = output.slice(0, range[0]) + replacement + output.slice(range[1])
  }
  return {...plan, text: output, applied: plan.applicable.filter((fix) => !isNoop(text, fix))}
}

/**
 * Decide which fixes apply. Sorted by start (widest first), each fix is
 * compared with the last one kept: inside it and already written by it, it
 * is subsumed; overlapping it otherwise, both are set aside.
 */
export function planFixes(text: string, fixes: readonly Fix[]): FixPlan {
  const conflicts: FixConflict[] = []
  const considered: Fix[] = []
  const rejected = new Set<Fix>()
  // The fix whose range reaches furthest so far: the only one a later fix can collide with first.
  let furthest: Fix | undefined
  for (const fix of sortFixes(dedupeFixes(fixes))) {
    const [start, end] = fix.range
    if (start > end || end > text.length) {
      conflicts.push({first: fix, second: fix, reason: `Fix range ${start}-${end} is outside the text (length ${text.length})`})
      continue
    }
    if (furthest && collides(furthest, fix)) {
      if (!rejected.has(furthest) && subsumes(text, furthest, fix)) continue
      conflicts.push({first: furthest, second: fix, reason: conflictReason(furthest, fix)})
      rejected.add(furthest)
      rejected.add(fix)
    }
    considered.push(fix)
    if (!furthest || end > furthest.range[1]) furthest = fix
  }
  return {applicable: considered.filter((fix) => !rejected.has(fix)), conflicts}
}

/** Overlapping ranges, or two edits at one offset (an insertion beside another edit has no defined order). */
function collides(first: Fix, second: Fix): boolean {
  return second.range[0] < first.range[1] || second.range[0] === first.range[0]
}

/**
 * `outer` subsumes `inner` when inner's range lies within outer's and outer's
 * replacement already reads what inner would write there: a type cell fixed
 * whole, with the link target inside it fixed by another rule.
 */
function subsumes(text: string, outer: Fix, inner: Fix): boolean {
  const within = inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1]
  if (!within) return false
  const before = text.slice(outer.range[0], inner.range[0])
  const after = text.slice(inner.range[1], outer.range[1])
  const patched = before + inner.text + after
  return patched === outer.text || (inner.text !== '' && outer.text.includes(inner.text))
}

function conflictReason(first: Fix, second: Fix): string {
  return first.range[0] === second.range[0] && first.range[1] === second.range[1]
    ? `Conflicting fixes for ${describeRange(first)}: \`${first.text}\` and \`${second.text}\``
    : `Overlapping fixes ${describeRange(first)} (\`${first.text}\`) and ${describeRange(second)} (\`${second.text}\`)`
}

/** Two rules may propose the very same edit: that is one fix, not a conflict. */
function dedupeFixes(fixes: readonly Fix[]): Fix[] {
  const seen = new Map<string, Fix>()
  for (const fix of fixes) seen.set(JSON.stringify([fix.range[0], fix.range[1], fix.text]), fix)
  return [...seen.values()]
}

/** By start; at one start, the widest first, so a containing fix comes before what it contains. */
function sortFixes(fixes: Fix[]): Fix[] {
  return fixes.sort((left, right) => left.range[0] - right.range[0] || right.range[1] - left.range[1])
}

function describeRange(fix: Fix): string {
  return `${fix.range[0]}-${fix.range[1]}`
}

function isNoop(text: string, fix: Fix): boolean {
  return text.slice(fix.range[0], fix.range[1]) === fix.text
}
