/**
 * The mistakes machine translation makes in tokens that must stay as they
 * are, one function per kind of token. Each returns a rendering that differs
 * from the original and names the variant, so the corpus can say what it
 * injected and the tests can check locdoc finds it.
 */
import {z} from 'zod'
import type {Random} from './random.js'
import type {HeaderName, LocaleText, MethodName, PrimitiveName} from './locales/index.js'

export const MistakeClass = z.enum([
  'enum-member',
  'enum-value',
  'property-name',
  'type-name',
  'header-name',
  'permission-scope',
  'inline-code',
  'link-target',
  'http-request',
  'span-structure'
])
export type MistakeClass = z.infer<typeof MistakeClass>

/** The rule that should report each class of mistake. */
export const ruleForClass: Record<MistakeClass, string> = {
  'enum-member': 'enum-member-name',
  'enum-value': 'enum-member-value',
  'property-name': 'property-name',
  'type-name': 'type-name',
  'header-name': 'header-name',
  'permission-scope': 'permission-scope',
  'inline-code': 'inline-code',
  'link-target': 'link-target',
  'http-request': 'http-request',
  'span-structure': 'span-structure'
}

export const InjectedMistake = z.object({
  class: MistakeClass,
  ruleId: z.string().describe('Rule expected to report it.'),
  variant: z.string().describe('How the token was mangled: `dictionary`, `spaced`, `id-mismatch`…'),
  line: z.number().int().positive().describe('1-based line where the finding starts.'),
  actual: z.string().describe('What the page says.'),
  expected: z.string().describe('What it should say.')
})
export type InjectedMistake = z.infer<typeof InjectedMistake>

export interface Mangled {
  text: string
  variant: string
}

/** `vppTokenSyncStatus` → `vpp token sync status`. */
export function splitWords(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase()
    .trim()
}

const latinToCyrillic: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', y: 'й', z: 'з'
}

/** `vppTokenSyncStatus` → `Впптокенсинкстатус`, as Russian MT renders unknown words. */
export function transliterate(name: string): string {
  const letters = [...name.toLowerCase()].map((character) => latinToCyrillic[character] ?? character).join('')
  return letters.charAt(0).toUpperCase() + letters.slice(1)
}

function differs(candidate: string, original: string): boolean {
  return candidate.trim() !== '' && candidate.trim() !== original.trim()
}

/** An identifier (member, property, type name) as MT mangles it. */
export function mangleIdentifier(name: string, text: LocaleText, random: Random): Mangled {
  const candidates: Mangled[] = []
  const translated = text.words[name] ?? text.words[name.toLowerCase()]
  if (translated) candidates.push({text: translated, variant: 'dictionary'}, {text: translated, variant: 'dictionary'})
  if (/[a-z][A-Z]/.test(name)) candidates.push({text: splitWords(name), variant: 'split-words'})
  candidates.push({text: name.charAt(0).toUpperCase() + name.slice(1), variant: 'capitalized'})
  if (/^[A-Z]/.test(name)) candidates.push({text: name.toLowerCase(), variant: 'lowercase'})
  if (text.locale === 'ru-RU') candidates.push({text: transliterate(name), variant: 'transliterated'})
  if (/^(ja|zh|ko)/.test(text.locale)) candidates.push({text: random.pick([...text.script]), variant: 'garbled'})
  const usable = candidates.filter((candidate) => differs(candidate.text, name))
  return usable.length > 0 ? random.pick(usable) : {text: `${name}_`, variant: 'suffixed'}
}

const fullWidthDigits = '０１２３４５６７８９'

/** An enum value: `.0`, `1-d`, `pbm-2`, `1/3`, `нуль`, `4` for `3`. */
export function mangleValue(value: number, text: LocaleText, random: Random): Mangled {
  const written = String(value)
  const candidates: Mangled[] = [
    {text: `.${written}`, variant: 'leading-dot'},
    {text: `${written}-d`, variant: 'suffixed'},
    {text: `pbm-${written}`, variant: 'prefixed'},
    {text: `1/${written}`, variant: 'fraction'},
    {text: `${written},${written}`, variant: 'decimal-comma'},
    {text: String(value + 1), variant: 'off-by-one'}
  ]
  const word = text.numberWords[value]
  if (word) candidates.push({text: word, variant: 'number-word'})
  if (/^(ja|zh|ko)/.test(text.locale)) {
    candidates.push({text: written.replace(/\d/g, (digit) => fullWidthDigits[Number(digit)]!), variant: 'full-width'})
  }
  return random.pick(candidates.filter((candidate) => differs(candidate.text, written)))
}

export const primitiveNames: readonly PrimitiveName[] = ['Boolean', 'String', 'Int32', 'Int64', 'DateTimeOffset', 'Guid']

export function isPrimitiveName(name: string): name is PrimitiveName {
  return (primitiveNames as readonly string[]).includes(name)
}

/** A type name: primitives get their dictionary word, other types are mangled as identifiers. */
export function mangleTypeName(name: string, text: LocaleText, random: Random): Mangled {
  if (isPrimitiveName(name)) return {text: text.primitives[name], variant: 'dictionary'}
  return mangleIdentifier(name, text, random)
}

const fieldNamePattern = /^[!#$%&'*+\-.^_`|~\dA-Za-z]+$/

/**
 * A header name. Without spans only a rendering that is not a valid field
 * name can be told apart from a real header, so those pages need one.
 */
export function mangleHeader(name: HeaderName, text: LocaleText, random: Random, invalidOnly: boolean): Mangled | undefined {
  const candidates = text.headers[name].filter((candidate) => differs(candidate, name) && (!invalidOnly || !fieldNamePattern.test(candidate)))
  if (candidates.length === 0) return undefined
  const chosen = random.pick(candidates)
  return {text: chosen, variant: fieldNamePattern.test(chosen) ? 'translated-token' : 'translated'}
}

/** A permission scope: `DeviceManagementServiceConfig. ReadWrite. All`, lowercased, `…ReadWrite.Alle`, truncated. */
export function mangleScope(scope: string, text: LocaleText, random: Random): Mangled {
  const parts = scope.split('.')
  const candidates: Mangled[] = [
    {text: parts.join('. '), variant: 'spaced'},
    {text: scope.toLowerCase(), variant: 'lowercase'}
  ]
  if (parts.length > 2) candidates.push({text: parts.slice(0, -1).join('.'), variant: 'truncated'})
  if (parts.at(-1) === 'All') candidates.push({text: [...parts.slice(0, -1), text.scopeAll].join('.'), variant: 'translated'})
  return random.pick(candidates.filter((candidate) => differs(candidate.text, scope)))
}

/** Inline code: identifiers as identifiers are mangled; `200 OK` changes case. */
export function mangleCode(code: string, text: LocaleText, random: Random): Mangled {
  if (/^[A-Za-z_]\w*$/.test(code)) return mangleIdentifier(code, text, random)
  const lowered = code.toLowerCase()
  return differs(lowered, code) ? {text: lowered, variant: 'lowercase'} : {text: code.toUpperCase(), variant: 'uppercase'}
}

/**
 * A link destination: a space that unmakes the link (`.. /resources/x.md`),
 * a translated last segment, or a changed case.
 */
export function mangleUrl(url: string, text: LocaleText, random: Random): Mangled {
  const candidates: Mangled[] = []
  const firstSlash = url.indexOf('/')
  const splitAt = firstSlash > 0 ? firstSlash : url.indexOf('/', firstSlash + 1)
  if (splitAt > 0) candidates.push({text: `${url.slice(0, splitAt)} ${url.slice(splitAt)}`, variant: 'spaced'})
  if (!url.includes('?')) {
    const translated = url.replace(/[^/]+?(?=(\.md)?$)/, random.pick(text.pathWords))
    candidates.push({text: translated, variant: 'translated'})
    const lastSlash = url.lastIndexOf('/')
    candidates.push({text: url.slice(0, lastSlash + 1) + url.slice(lastSlash + 1).toUpperCase(), variant: 'uppercase'})
  }
  return random.pick(candidates.filter((candidate) => differs(candidate.text, url)))
}

export function mangleMethod(method: MethodName, text: LocaleText, random: Random): Mangled {
  const candidates: Mangled[] = [
    {text: text.methods[method], variant: 'translated'},
    {text: method.charAt(0) + method.slice(1).toLowerCase(), variant: 'title-case'}
  ]
  return random.pick(candidates.filter((candidate) => differs(candidate.text, method)))
}

/** A path with one fixed segment replaced by a translated word; undefined when none is fixed. */
export function manglePath(path: string, text: LocaleText, random: Random): (Mangled & {original: string}) | undefined {
  const segments = path.split('/')
  const fixed = segments.map((segment, index) => ({segment, index})).filter(({segment}) => segment !== '' && !/^\{.*\}$/.test(segment))
  if (fixed.length === 0) return undefined
  const {index, segment} = random.pick(fixed)
  const word = random.pick(text.pathWords)
  const mangled = segments.map((part, position) => (position === index ? word : part)).join('/')
  return {text: mangled, variant: 'translated-segment', original: segment}
}

export const SpanBreak = z.enum(['id-mismatch', 'missing-lookup', 'unclosed-lookup'])
export type SpanBreak = z.infer<typeof SpanBreak>
