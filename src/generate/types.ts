/**
 * What enum generation reads and reports: documented members with where they
 * stand, drift between docs and API, and the files it produces.
 */
import {z} from 'zod/v4'
import {Page} from '../model/types.js'
import {EnumType} from '../schema/model.js'

export const SourceLocation = z.object({
  path: z.string().describe('Page path as given on the command line.'),
  line: z.number().int().positive().describe('1-based line.'),
  column: z.number().int().positive().describe('1-based column.')
})
export type SourceLocation = z.infer<typeof SourceLocation>

export const SourcePage = z.object({
  path: z.string().describe('Page path, used in reports.'),
  text: z.string().describe('Page text without a byte order mark: ranges in `page` index into it.'),
  page: Page.describe('The page model built from `text`.')
})
export type SourcePage = z.infer<typeof SourcePage>

export const DocumentedMember = z.object({
  name: z.string().describe('Member name: the canonical English of the cell.'),
  value: z.number().int().optional().describe('Value, when the English cell is an integer.'),
  valueText: z.string().describe('The value cell as written in English.'),
  description: z.string().optional().describe('English description of the member.'),
  location: SourceLocation.describe('Where the member cell is.')
})
export type DocumentedMember = z.infer<typeof DocumentedMember>

export const DocumentedEnum = z.object({
  name: z.string().describe('Enum the table documents: the API name when the schema knows it.'),
  apiEnum: EnumType.optional().describe('The schema enum the table documents, if the schema has it.'),
  trusted: z.boolean().describe('Whether the table has English spans; localized cells alone are not trusted.'),
  description: z.string().optional().describe('English summary of the page, if it has one.'),
  members: z.array(DocumentedMember).describe('Rows of the members table, in page order.'),
  location: SourceLocation.describe('Where the table starts.')
})
export type DocumentedEnum = z.infer<typeof DocumentedEnum>

export const DriftKind = z.enum([
  'value',
  'missing-member',
  'extra-member',
  'spelling',
  'invalid-value',
  'duplicate-member'
])
export type DriftKind = z.infer<typeof DriftKind>

export const EnumDrift = z.object({
  kind: DriftKind.describe('How the docs and the reference disagree.'),
  enumName: z.string().describe('Qualified name for a schema enum, simple name for a docs-only one.'),
  member: z.string().describe('Member concerned, as the docs or the reference spell it.'),
  documented: z.string().optional().describe('What the docs say (a value or a spelling); absent when the member is missing.'),
  reference: z.string().optional().describe('What the reference says; absent when it lacks the member.'),
  referenceName: z.string().describe('`the API`, or `path:line` of the page a docs-only enum was first read from.'),
  location: SourceLocation.describe('Where in the docs: the member cell, or the table for a missing member.'),
  message: z.string().describe('One readable line without the location.')
})
export type EnumDrift = z.infer<typeof EnumDrift>

export const GenerationNote = z.object({
  location: SourceLocation.optional(),
  message: z.string()
})
export type GenerationNote = z.infer<typeof GenerationNote>

export const ResolvedEnum = z.object({
  enumType: EnumType.describe('Members and values to generate, descriptions merged from docs and schema.'),
  origin: z.enum(['schema', 'docs']).describe('Whether the schema knows the enum or only the docs do.')
})
export type ResolvedEnum = z.infer<typeof ResolvedEnum>

export const GeneratedFile = z.object({
  path: z.string().describe('Path relative to the output directory, `/`-separated.'),
  text: z.string().describe('File contents.')
})
export type GeneratedFile = z.infer<typeof GeneratedFile>
