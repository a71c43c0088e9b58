/**
 * Fix one linted page: apply every fixable finding, lint the result again,
 * and repeat until no fixable finding is left (at most `maxPasses` times).
 * Pure: takes a VFile linted with its model retained, returns the outcome.
 */
import type {VFile} from 'vfile'
import {z} from 'zod/v4'
import {lintText} from '../lint/lint-text.js'
import type {LocdocOptions} from '../lint/remark-locdoc.js'
import {applyFixes, collectFixes, FixConflict} from './apply-fixes.js'
import {applyEdits, composeEdits, Edit} from './edits.js'

export const FixStatus = z
  .enum(['clean', 'fixed', 'conflict', 'not-converged', 'unreadable'])
  .describe('clean: nothing to fix; fixed: fixes applied (conflicting pairs, if any, set aside and listed); conflict: every fix was in a conflict, nothing applied; not-converged: fixable findings remain after the last pass.')
export type FixStatus = z.infer<typeof FixStatus>

export interface FixOutcome {
  status: FixStatus
  /** The page as read, byte order marks included. */
  input: string
  /** The corrected page, byte order mark put back; equals `input` unless fixed. */
  output: string
  /** Changed ranges of the original (BOM-less) text and what they now read. */
  edits: Edit[]
  /** Passes that applied fixes. */
  passes: number
  conflicts: FixConflict[]
  /** Fixable findings left in the output (not converged), else 0. */
  remainingFixable: number
  /** The last lint: of the output when fixed, of the input otherwise. */
  file: VFile
}

export interface FixPageOptions extends LocdocOptions {
  /** Lint-and-fix passes before giving up (default 3). */
  maxPasses?: number
}

export function fixPage(file: VFile, options: FixPageOptions = {}): FixOutcome {
  const bom = file.data.bom ?? ''
  const original = String(file.value ?? '')
  const input = bom + original
  const base = {input, output: input, edits: [] as Edit[], passes: 0, conflicts: [] as FixConflict[], remainingFixable: 0, file}
  if (!file.data.page) return {...base, status: 'unreadable'}

  const maxPasses = options.maxPasses ?? 3
  let current = file
  let text = original
  let edits: Edit[] = []
  let passes = 0
  let conflicts: FixConflict[] = []
  for (;;) {
    const fixes = collectFixes(current)
    if (fixes.length === 0) break
    const result = applyFixes(text, fixes)
    // What is left is only what conflicts: those stay as they are, the rest is done.
    conflicts = result.conflicts
    if (result.applicable.length === 0) break
    if (passes === maxPasses || result.text === text) {
      // Fixes that change nothing, or keep finding more, would loop forever.
      return {...base, status: 'not-converged', output: bom + text, edits, passes, conflicts, remainingFixable: fixes.length, file: current}
    }
    edits = composeEdits(edits, result.applied, text)
    text = result.text
    passes++
    current = lintText(text, {...options, english: options.english ?? file.data.english, path: file.path})
    current.data.bom = bom
  }
  if (edits.length === 0) return conflicts.length > 0 ? {...base, status: 'conflict', conflicts, passes} : {...base, status: 'clean'}
  // The edit record must reproduce the output exactly; it is what reports and tests trust.
  if (applyEdits(original, edits) !== text) throw new Error(`Edit record of ${file.path} does not reproduce the fixed text`)
  return {...base, status: 'fixed', output: bom + text, edits, passes, conflicts, file: current}
}
