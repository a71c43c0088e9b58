/**
 * An English page parsed once for alignment: its text, inline index and
 * skeleton. One English page serves every locale and page naming its blob.
 */
import {indexInline, type InlineIndex} from '../extract/inline-index.js'
import {splitSourceText} from '../model/source-text.js'
import {englishParser} from './english-parser.js'
import {readSkeleton, type Skeleton} from './skeleton.js'
import type {EnglishOrigin} from './types.js'

export interface EnglishDocument {
  source: string
  index: InlineIndex
  skeleton: Skeleton
}

/** What lint needs to align one localized page: the English page, or why there is none. */
export type EnglishPage =
  | {found: true; origin: EnglishOrigin; document: EnglishDocument; note?: string}
  | {found: false; reason: string}

export function readEnglishDocument(text: string): EnglishDocument {
  const {body} = splitSourceText(text)
  const tree = englishParser.parse(body)
  return {source: body, index: indexInline(tree, body), skeleton: readSkeleton(tree, body)}
}
