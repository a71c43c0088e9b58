/** Every language the corpus is written in. */
import {german} from './de-DE.js'
import {spanish} from './es-ES.js'
import {french} from './fr-FR.js'
import {italian} from './it-IT.js'
import {japanese} from './ja-JP.js'
import {korean} from './ko-KR.js'
import {dutch} from './nl-NL.js'
import {polish} from './pl-PL.js'
import {portuguese} from './pt-BR.js'
import {russian} from './ru-RU.js'
import type {LocaleText} from './types.js'
import {chinese} from './zh-CN.js'

export {english} from './en.js'
export type * from './types.js'

/** Locales with a weight: the large ones have more pages, as in the real docs. */
export const locales: ReadonlyArray<readonly [LocaleText, number]> = [
  [japanese, 16],
  [chinese, 12],
  [german, 12],
  [french, 11],
  [spanish, 10],
  [russian, 9],
  [korean, 8],
  [portuguese, 8],
  [italian, 6],
  [dutch, 4],
  [polish, 4]
]
