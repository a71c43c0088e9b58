/**
 * What a page learns from the English page it was translated from: where
 * that page was read, what could not be aligned, and which code lines differ.
 */
import {z} from 'zod/v4'
import {Range} from '../extract/types.js'

export const EnglishOrigin = z.object({
  path: z.string().describe('Path of the English page inside the English repository.'),
  revision: z.string().describe('The commit the English was read at, or `HEAD`.'),
  atSourceCommit: z.boolean().describe('Whether that is the `ms.sourcegitcommit` the page names.'),
  blob: z.string().optional().describe('Git blob id of the English page.')
})
export type EnglishOrigin = z.infer<typeof EnglishOrigin>

export const AlignmentProblem = z.object({
  kind: z.enum(['page', 'table', 'rows', 'columns']).describe('What could not be aligned.'),
  reason: z.string(),
  range: Range
})
export type AlignmentProblem = z.infer<typeof AlignmentProblem>

export const CodeLinePair = z.object({
  localized: z.object({text: z.string(), start: z.number().int().nonnegative()}),
  english: z.string().describe('The English line at the same place of the aligned block.')
})
export type CodeLinePair = z.infer<typeof CodeLinePair>

export const SourceComparison = z.object({
  origin: EnglishOrigin.optional().describe('Where the English page was read; absent when there was none.'),
  problems: z.array(AlignmentProblem).describe('Parts of the page that could not be aligned: one warning each.'),
  notes: z.array(z.string()).describe('What the reader should know about the comparison (English read at HEAD, another revision).'),
  codeLines: z.array(CodeLinePair).describe('Changed lines of aligned code blocks.')
})
export type SourceComparison = z.infer<typeof SourceComparison>
