/**
 * A doc-set profile: what one documentation set's pages look like, as data.
 * One general mechanism (src/model/verbatim.ts) reads every profile; a new
 * doc set is a new entry in doc-sets.ts and fixtures, never a branch in the
 * model. Patterns are matched against the canonical English (the lookup
 * spans), which stays English in every locale.
 */
import {z} from 'zod/v4'
import type {FrontMatter, Heading} from '../model/types.js'

const Pattern = z.string().describe('A case-insensitive regular expression, anchored by the author where it must be.')

export const HeadingShape = z
  .enum(['whole', 'leading-token'])
  .describe('`whole`: the heading is the name (`-ComputerName`); `leading-token`: the name opens it (`ComputerName (Default)`).')

export const Profile = z.object({
  id: z.string().regex(/^[a-z][a-z\d-]*$/).describe('Stable id, shown in `locdoc extract` output.'),
  description: z.string().describe('Which pages the profile describes.'),
  match: z
    .object({
      frontMatter: z
        .array(z.object({field: z.string(), pattern: Pattern}))
        .default([])
        .describe('Any front-matter field matching its pattern selects the profile.'),
      headings: z.array(Pattern).default([]).describe('Any heading (English text or anchor) matching selects the profile.')
    })
    .describe('How a page is recognised; the first profile that matches is chosen.'),
  verbatimHeaders: z.array(Pattern).default([]).describe('English column headers whose cells hold names or literals.'),
  proseHeaders: z.array(Pattern).default([]).describe('English column headers whose cells are prose, whatever they look like.'),
  nameSections: z
    .array(
      z.object({
        section: Pattern,
        depth: z.number().int().min(1).max(6),
        shape: HeadingShape,
        prose: z.array(Pattern).default([]).describe('Sub-headings that are words, not names (`None` under INPUTS: nothing is piped).')
      })
    )
    .default([])
    .describe('Sections whose sub-headings of `depth` name code: parameters, parameter sets, input types.'),
  verbatimLabels: z
    .array(Pattern)
    .default([])
    .describe('Labels of key/value tables (`Data type:`) whose value cell is a name or literal.'),
  termParagraphs: z
    .boolean()
    .default(false)
    .describe('A paragraph that is one emphasised name followed by a block quote (`_lpMessage_`, `> [in] …`) names a parameter, member or return value.'),
  caseInsensitiveNames: z
    .boolean()
    .default(false)
    .describe('Names match without regard to case (PowerShell, DSC, MOF): a translation that only re-cases one changed nothing a reader types.'),
  codeCaptions: z
    .boolean()
    .default(false)
    .describe('A line holding only an emphasised name right after a code block (`**ArrayOfStringsType**`) names the type of that code.'),
  namedLinks: z
    .boolean()
    .default(false)
    .describe('Reference pages are named after what they document (`[IsRead](isread.md)`): a label that is its target page name is that name.'),
  apiNameField: z
    .string()
    .optional()
    .describe('Front-matter field listing the API names the page documents (`api_name`): a heading that is one of them is code.')
})
export type Profile = z.infer<typeof Profile>

const compiled = new Map<string, RegExp>()

/** Patterns are few and fixed: compile each once. */
function compile(pattern: string): RegExp {
  let regex = compiled.get(pattern)
  if (!regex) compiled.set(pattern, (regex = new RegExp(pattern, 'i')))
  return regex
}

export function matchesAny(patterns: readonly string[], text: string | undefined): boolean {
  if (text === undefined) return false
  const normalized = text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
  return patterns.some((pattern) => compile(pattern).test(normalized))
}

/** The first profile whose front matter or headings match the page. */
export function chooseProfile(
  profiles: readonly Profile[],
  page: {frontMatter?: FrontMatter; headings: readonly Heading[]}
): Profile | undefined {
  const fields = page.frontMatter?.fields ?? {}
  return profiles.find(
    (profile) =>
      profile.match.frontMatter.some(({field, pattern}) => fieldValues(fields[field]).some((value) => compile(pattern).test(value))) ||
      page.headings.some((heading) => matchesAny(profile.match.headings, heading.english) || matchesAny(profile.match.headings, heading.anchor))
  )
}

/** A front-matter field as strings: a scalar or a list of scalars. */
export function fieldValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(fieldValues)
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [String(value)]
  return []
}

/** The profile a page was read with, by the id the model recorded. */
export function profileOf(profiles: readonly Profile[], page: {profile?: string}): Profile | undefined {
  return page.profile === undefined ? undefined : profiles.find((profile) => profile.id === page.profile)
}
