/**
 * What a generated page needs in each language: headings, table headers,
 * sentence frames, and the wrong renderings machine translation produces for
 * tokens that must stay as they are.
 */
import type {OperationKind} from '../facts.js'

export type HeadingKey =
  | 'members'
  | 'properties'
  | 'relationships'
  | 'jsonRepresentation'
  | 'methods'
  | 'prerequisites'
  | 'httpRequest'
  | 'optionalQueryParameters'
  | 'requestHeaders'
  | 'requestBody'
  | 'response'
  | 'example'
  | 'request'

export type ColumnKey =
  | 'member'
  | 'value'
  | 'description'
  | 'property'
  | 'type'
  | 'header'
  | 'permissionType'
  | 'permissions'
  | 'method'
  | 'returnType'
  | 'relationship'

/** How a property description reads, by what the property holds. */
export type DescriptionKind = 'id' | 'text' | 'flag' | 'time' | 'count' | 'list' | 'other'

export type PrimitiveName = 'Boolean' | 'String' | 'Int32' | 'Int64' | 'DateTimeOffset' | 'Guid'
export type HeaderName = 'Authorization' | 'Accept' | 'Content-Type' | 'Prefer' | 'If-Match'
export type MethodName = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** Sentence frames take Markdown already built (links, code) and return Markdown. */
export interface LocaleText {
  locale: string
  /** Characters of the script, for one-character garbage such as `せ`. */
  script: string
  enumTitle(name: string): string
  resourceTitle(name: string): string
  operationTitle: Record<OperationKind, (name: string) => string>
  /** The opening sentence of an API page; `type` is a link. */
  operationSummary: Record<OperationKind, (type: string) => string>
  betaNote: string
  intuneNote(link: (label: string) => string): string
  headings: Record<HeadingKey, string>
  columns: Record<ColumnKey, string>
  delegatedWork: string
  delegatedPersonal: string
  application: string
  notSupported: string
  /** Value of the Authorization header row. */
  bearer: string
  permissionsIntro(link: (label: string) => string): string
  noRequestBody: string
  requestBodyIntro(typeLink: string): string
  responseOk(code: string, typeLink: string): string
  responseList(code: string, typeLink: string): string
  responseCreated(code: string, typeLink: string): string
  responseNoContent(code: string): string
  queryParameters(link: (label: string) => string): string
  exampleRequest: string
  exampleResponse: string
  enumIntro(words: string): string
  resourceIntro(words: string): string
  possibleValues(codes: readonly string[]): string
  propertyDescription: Record<DescriptionKind, (words: string, owner: string) => string>
  memberDescription(words: string): string
  /** `[x](…) collection`, `String collection`. */
  collection(type: string): string
  /** Wrong renderings of common member and property words. */
  words: Readonly<Record<string, string>>
  primitives: Record<PrimitiveName, string>
  /** Translated header names; the first ones are not even valid field names. */
  headers: Record<HeaderName, readonly string[]>
  methods: Record<MethodName, string>
  /** Translated path segments, each with a character outside printable ASCII. */
  pathWords: readonly string[]
  /** 0, 1, 2, 3 written out. */
  numberWords: readonly string[]
  /** `All` at the end of a permission scope, translated. */
  scopeAll: string
}

/** The canonical English side needs the frames only, none of the wrong renderings. */
export type SourceText = Omit<LocaleText, 'script' | 'words' | 'primitives' | 'headers' | 'methods' | 'pathWords' | 'numberWords' | 'scopeAll'>
