/**
 * Page templates in the seeds' format: enum pages, resource pages with
 * large property tables, API pages (permissions, HTTP request, headers,
 * request body, JSON examples), each with or without sxs spans. Mistakes
 * are rolled per place where locdoc can see them.
 */
import type {FactEnum, FactOperation, FactProperty, FactType, Facts, OperationKind} from './facts.js'
import type {HeaderName, LocaleText, SourceText} from './locales/index.js'
import {
  mangleCode,
  mangleHeader,
  mangleIdentifier,
  mangleMethod,
  manglePath,
  mangleScope,
  mangleTypeName,
  mangleUrl,
  mangleValue,
  splitWords,
  SpanBreak,
  type MistakeClass
} from './mistakes.js'
import type {Injector, PageBuilder} from './page-builder.js'
import type {Random} from './random.js'

export type Quirk = 'crlf' | 'bom' | 'padded-cells' | 'newline-in-span' | 'merged-paragraph-id'

export interface PageContext {
  random: Random
  text: LocaleText
  english: SourceText
  builder: PageBuilder
  inject: Injector
  facts: Facts
  quirks: Set<Quirk>
  /** Operations by the simple name of their entity type. */
  operationsByType: ReadonlyMap<string, readonly FactOperation[]>
}

const maximumTableRows = 32
const permissionsUrl = '/graph/permissions-reference'
const queryParametersUrl = '/graph/query-parameters'
const intuneLicenseUrl = 'https://go.microsoft.com/fwlink/?linkid=839381'
const authors = ['mkarlsson', 'jpatel', 'asato', 'lnovak', 'dkimura', 'cmartin', 'ewagner', 'rfontaine', 'tbrennan', 'ohalvorsen']
const products = ['intune', 'microsoft-identity-platform', 'outlook', 'groups', 'ms-graph', 'sharepoint', 'teams', 'security']

export function resourceUrl(typeName: string): string {
  return `../resources/${typeName.toLowerCase()}.md`
}

function apiUrl(typeName: string, kind: OperationKind): string {
  return `../api/${typeName.toLowerCase()}-${kind === 'list' ? 'list' : kind}.md`
}

const markdownLink = (label: string, url: string) => `[${label}](${url})`
const inlineCode = (value: string) => `\`${value}\``

/** Markdown to plain text for YAML fields: link labels kept, backticks dropped. */
function plain(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '').replace(/\*\*/g, '')
}

/** A YAML scalar, double-quoted (JSON syntax is valid YAML) when plain style would misread it. */
export function yamlScalar(value: string): string {
  return /[:#"'[\]{}&*!|>%@`,]|^[\s-?]|\s$/.test(value) ? JSON.stringify(value) : value
}

// ---------------------------------------------------------------------------
// Segments that may carry a mistake.

interface Side {
  text: SourceText
  link(index: number, label: string): string
  code(index: number): string
}

interface Slots {
  links?: readonly string[]
  codes?: readonly string[]
  /** In a table cell: spans are never broken there, it would tear the row apart. */
  inCell?: boolean
}

/**
 * A sentence in both languages. At most one mistake per segment: a broken
 * span hides the English, so nothing else in it could be found.
 */
export function paragraph(context: PageContext, render: (side: Side) => string, slots: Slots = {}): string {
  const {builder, inject, random, text, english} = context
  const links = slots.links ?? []
  const codes = slots.codes ?? []
  const englishSide: Side = {text: english, link: (index, label) => markdownLink(label, links[index]!), code: (index) => inlineCode(codes[index]!)}
  const id = context.quirks.has('merged-paragraph-id') && random.chance(0.3) ? builder.mergedId() : undefined
  const englishText = render(englishSide)
  const plainSide: Side = {...englishSide, text}
  if (!builder.spans) return builder.segment(render(plainSide), englishText)

  if (!slots.inCell && inject.roll('span-structure')) {
    const broken = random.pick(SpanBreak.options)
    const marker = builder.mark({class: 'span-structure', variant: broken, actual: '', expected: ''})
    return builder.segment(marker + render(plainSide), englishText, {broken, id})
  }
  if (links.length > 0 && inject.roll('link-target')) {
    const target = random.integer(0, links.length - 1)
    const mangled = mangleUrl(links[target]!, text, random)
    const marker = builder.mark({class: 'link-target', variant: mangled.variant, actual: mangled.text, expected: links[target]!})
    const side: Side = {...plainSide, link: (index, label) => markdownLink(label, index === target ? mangled.text : links[index]!)}
    return builder.segment(marker + render(side), englishText, {id})
  }
  if (codes.length > 0 && inject.roll('inline-code')) {
    const target = random.integer(0, codes.length - 1)
    const mangled = mangleCode(codes[target]!, text, random)
    const marker = builder.mark({class: 'inline-code', variant: mangled.variant, actual: mangled.text, expected: codes[target]!})
    const side: Side = {...plainSide, code: (index) => inlineCode(index === target ? mangled.text : codes[index]!)}
    return builder.segment(marker + render(side), englishText, {id})
  }
  return builder.segment(render(plainSide), englishText, {id})
}

/**
 * A code token alone in a cell (member, value, property, header): mangled
 * whole. Without spans there is no English to compare with, so no mistake
 * goes there unless the token itself gives it away.
 */
function tokenCell(
  context: PageContext,
  kind: MistakeClass,
  token: string,
  mangle: () => {text: string; variant: string} | undefined,
  visibleWithoutSpans = false
): string {
  const {builder, inject} = context
  if ((builder.spans || visibleWithoutSpans) && inject.roll(kind)) {
    const mangled = mangle()
    if (mangled) {
      const marker = builder.mark({class: kind, variant: mangled.variant, actual: mangled.text, expected: token})
      return builder.segment(marker + mangled.text, token)
    }
  }
  return builder.segment(token, token)
}

function plainCell(context: PageContext, localized: string, english: string): string {
  return context.builder.segment(localized, english)
}

function row(context: PageContext, cells: readonly string[]): string {
  return context.quirks.has('padded-cells') ? `| ${cells.join(' | ')} |` : `|${cells.join('|')}|`
}

function tableHead(context: PageContext, columns: ReadonlyArray<keyof SourceText['columns']>): void {
  const {builder, text, english} = context
  builder.line(row(context, columns.map((column) => plainCell(context, text.columns[column], english.columns[column]))))
  builder.line(`|${columns.map(() => ':---').join('|')}|`)
}

function heading(context: PageContext, depth: number, anchor: string, key: keyof SourceText['headings']): void {
  const {builder, text, english} = context
  builder.line(`${'#'.repeat(depth)} <a name="${anchor}"></a>${builder.segment(text.headings[key], english.headings[key])}`)
}

// ---------------------------------------------------------------------------
// Shared page parts.

export interface FrontMatterInput {
  title: string
  description: string
  docType: string
}

export function frontMatter(context: PageContext, input: FrontMatterInput): void {
  const {builder, random, text} = context
  const month = String(random.integer(1, 12)).padStart(2, '0')
  const day = String(random.integer(1, 28)).padStart(2, '0')
  builder.line('---')
  builder.line(`title: ${yamlScalar(plain(input.title))}`)
  builder.line(`description: ${yamlScalar(plain(input.description))}`)
  builder.line(`author: ${random.pick(authors)}`)
  builder.line(`localization_priority: ${random.pick(['Normal', 'Normal', 'Priority'])}`)
  builder.line(`ms.prod: ${random.pick(products)}`)
  if (random.chance(0.7)) builder.line(`doc_type: ${input.docType}`)
  builder.line(`ms.openlocfilehash: ${random.hex(40)}`)
  builder.line(`ms.sourcegitcommit: ${random.hex(40)}`)
  builder.line('ms.translationtype: MT')
  builder.line(`ms.contentlocale: ${text.locale}`)
  builder.line(`ms.lasthandoff: ${month}/${day}/${random.integer(2018, 2021)}`)
  builder.line(`ms.locfileid: "${random.integer(10_000_000, 99_999_999)}"`)
  builder.line('---')
}

function title(context: PageContext, anchor: string, localized: string, english: string): void {
  const {builder} = context
  builder.line(`# <a name="${anchor}"></a>${builder.segment(localized, english)}`)
  builder.line()
}

/** Names that belong to Intune, whose pages carry the license note. */
const intuneName = /vpp|device|managed|intune|compliance|mobileApp|enrollment/i

function notes(context: PageContext, subject: string): void {
  const {builder} = context
  builder.line(`> ${paragraph(context, (side) => side.text.betaNote)}`)
  builder.line()
  if (intuneName.test(subject)) {
    builder.line(`> ${paragraph(context, (side) => side.text.intuneNote((label) => side.link(0, label)), {links: [intuneLicenseUrl]})}`)
    builder.line()
  }
}

export function anchorOf(englishTitle: string): string {
  return englishTitle.toLowerCase().replace(/[^a-z\d\s-]/g, '').trim().replace(/\s+/g, '-')
}

// ---------------------------------------------------------------------------
// Enum pages.

export function enumPage(context: PageContext, enumType: FactEnum): void {
  const {builder, text, english} = context
  const words = splitWords(enumType.name)
  frontMatter(context, {title: text.enumTitle(enumType.name), description: text.enumIntro(words), docType: 'enumPageType'})
  title(context, anchorOf(english.enumTitle(enumType.name)), text.enumTitle(enumType.name), english.enumTitle(enumType.name))
  notes(context, enumType.name)
  builder.line(paragraph(context, (side) => side.text.enumIntro(words)))
  builder.line()
  heading(context, 2, 'members', 'members')
  tableHead(context, ['member', 'value', 'description'])
  for (const member of enumType.members) {
    const memberWords = splitWords(member.name)
    builder.line(
      row(context, [
        tokenCell(context, 'enum-member', member.name, () => mangleIdentifier(member.name, text, context.random)),
        tokenCell(context, 'enum-value', String(member.value), () => mangleValue(member.value, text, context.random)),
        plainCell(context, text.memberDescription(memberWords), english.memberDescription(memberWords))
      ])
    )
  }
}

// ---------------------------------------------------------------------------
// Property tables, shared by resource pages and request bodies.

function descriptionKind(property: FactProperty): keyof SourceText['propertyDescription'] {
  if (property.name === 'id') return 'id'
  if (property.collection) return 'list'
  switch (property.type) {
    case 'Boolean':
      return 'flag'
    case 'DateTimeOffset':
      return 'time'
    case 'Int32':
    case 'Int64':
      return 'count'
    case 'String':
      return 'text'
    default:
      return 'other'
  }
}

function typeCell(context: PageContext, property: FactProperty): string {
  const {builder, inject, random, text, english} = context
  const name = property.type
  const primitive = property.typeKind === 'primitive'
  const url = resourceUrl(name)
  const linkInside = !primitive && (property.collection || random.chance(0.4))
  const wrap = (side: SourceText, typeText: string) => (property.collection ? side.collection(typeText) : typeText)
  const englishType = primitive ? name : linkInside ? markdownLink(name, url) : name
  const mistake = builder.spans && inject.roll('type-name') ? mangleTypeName(name, text, random) : undefined
  const marker = mistake ? builder.mark({class: 'type-name', variant: mistake.variant, actual: mistake.text, expected: name}) : ''
  const localizedName = mistake?.text ?? name
  const localizedType = primitive ? localizedName : linkInside ? markdownLink(localizedName, url) : localizedName
  const cell = builder.segment(marker + wrap(text, localizedType), wrap(english, englishType))
  // Seed pages put the link around the spans when the cell is just the type.
  return primitive || linkInside ? cell : `[${cell}](${url})`
}

function descriptionCell(context: PageContext, property: FactProperty, owner: string, newline: boolean): string {
  const {facts, builder} = context
  const kind = descriptionKind(property)
  const words = splitWords(property.name.replace(/DateTime$/, ''))
  const breakAt = (localized: string) => {
    // A raw newline inside the translated span: the quirk that splits a table row.
    const space = localized.indexOf(' ', Math.floor(localized.length / 2))
    return space === -1 ? `${localized}\n` : `${localized.slice(0, space)}\n${localized.slice(space + 1)}`
  }
  const localized = context.text.propertyDescription[kind](words, owner)
  const first = builder.segment(newline ? breakAt(localized) : localized, context.english.propertyDescription[kind](words, owner))
  const enumType = property.typeKind === 'enum' ? facts.enums.find((candidate) => candidate.name === property.type) : undefined
  if (!enumType) return first
  const codes = enumType.members.slice(0, 8).map((member) => member.name)
  return `${first} ${paragraph(context, (side) => side.text.possibleValues(codes.map((_, index) => side.code(index))), {codes, inCell: true})}`
}

function propertyTable(context: PageContext, owner: string, properties: readonly FactProperty[]): void {
  const {builder, text, random} = context
  tableHead(context, ['property', 'type', 'description'])
  const newlineRow = context.quirks.has('newline-in-span') && builder.spans ? random.integer(0, properties.length - 1) : -1
  for (const [index, property] of properties.entries()) {
    builder.line(
      row(context, [
        tokenCell(context, 'property-name', property.name, () => mangleIdentifier(property.name, text, random)),
        typeCell(context, property),
        descriptionCell(context, property, owner, index === newlineRow)
      ])
    )
  }
}

// ---------------------------------------------------------------------------
// JSON examples.

function exampleValue(property: FactProperty, context: PageContext, forRepresentation: boolean): unknown {
  const {random, facts} = context
  const single = (): unknown => {
    if (forRepresentation) {
      if (property.typeKind === 'primitive') return property.type
      if (property.typeKind === 'enum') return property.type
      return {'@odata.type': `microsoft.graph.${property.type}`}
    }
    switch (property.type) {
      case 'String':
        return `${splitWords(property.name).replace(/^./, (first) => first.toUpperCase())} value`
      case 'Boolean':
        return random.chance(0.5)
      case 'Int32':
      case 'Int64':
      case 'Byte':
        return random.integer(0, 5000)
      case 'Double':
      case 'Single':
      case 'Decimal':
        return random.integer(0, 1000) / 10
      case 'DateTimeOffset':
        return `20${random.integer(16, 21)}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}T${String(random.integer(0, 23)).padStart(2, '0')}:${String(random.integer(0, 59)).padStart(2, '0')}:${String(random.integer(0, 59)).padStart(2, '0')}.${random.integer(1_000_000, 9_999_999)}-08:00`
      case 'Date':
        return `2017-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`
      case 'Guid':
        return guid(random)
      default:
        break
    }
    if (property.typeKind === 'enum') return facts.enums.find((candidate) => candidate.name === property.type)?.members[0]?.name ?? 'unknown'
    if (property.typeKind === 'primitive') return `${property.type} value`
    return {'@odata.type': `microsoft.graph.${property.type}`}
  }
  return property.collection ? [single()] : single()
}

function guid(random: Random): string {
  return `${random.hex(8)}-${random.hex(4)}-${random.hex(4)}-${random.hex(4)}-${random.hex(12)}`
}

function exampleObject(context: PageContext, type: FactType, options: {odataType: boolean; withId: boolean; representation?: boolean}): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  if (options.odataType) object['@odata.type'] = `#microsoft.graph.${type.name}`
  for (const property of type.properties.slice(0, 30)) {
    if (property.navigation) continue
    if (property.name === 'id') {
      if (options.withId) object.id = options.representation ? 'String (identifier)' : guid(context.random)
      continue
    }
    object[property.name] = exampleValue(property, context, options.representation ?? false)
  }
  return object
}

function codeBlock(context: PageContext, language: string, lines: readonly string[]): void {
  const {builder, random} = context
  builder.line(random.chance(0.5) ? `\`\`\` ${language}` : `\`\`\`${language}`)
  for (const line of lines) builder.line(line)
  builder.line('```')
}

// ---------------------------------------------------------------------------
// Resource pages.

export function resourcePage(context: PageContext, type: FactType): void {
  const {builder, text, english} = context
  const words = splitWords(type.name)
  frontMatter(context, {title: text.resourceTitle(type.name), description: text.resourceIntro(words), docType: 'resourcePageType'})
  title(context, anchorOf(english.resourceTitle(type.name)), text.resourceTitle(type.name), english.resourceTitle(type.name))
  notes(context, type.name)
  builder.line(paragraph(context, (side) => side.text.resourceIntro(words)))
  builder.line()

  // One operation of each kind, as a methods table lists them.
  const candidates = context.operationsByType.get(type.name) ?? []
  const operations = candidates.filter((operation, index) => candidates.findIndex((other) => other.kind === operation.kind) === index)
  if (operations.length > 0) {
    heading(context, 2, 'methods', 'methods')
    tableHead(context, ['method', 'returnType', 'description'])
    for (const operation of operations) {
      const url = apiUrl(type.name, operation.kind)
      const returns = (side: SourceText) =>
        operation.kind === 'delete' ? 'None' : operation.kind === 'list' ? side.collection(markdownLink(type.name, `${type.name.toLowerCase()}.md`)) : markdownLink(type.name, `${type.name.toLowerCase()}.md`)
      builder.line(
        row(context, [
          plainCell(context, markdownLink(text.operationTitle[operation.kind](type.name), url), markdownLink(english.operationTitle[operation.kind](type.name), url)),
          plainCell(context, returns(text), returns(english)),
          plainCell(context, text.operationSummary[operation.kind](type.name), english.operationSummary[operation.kind](type.name))
        ])
      )
    }
    builder.line()
  }

  heading(context, 2, 'properties', 'properties')
  // Real property tables rarely pass 30 rows (seed 004: 18 rows, 22 KB).
  propertyTable(context, type.name, type.properties.filter((property) => !property.navigation).slice(0, maximumTableRows))
  builder.line()

  const navigation = type.properties.filter((property) => property.navigation)
  if (navigation.length > 0) {
    heading(context, 2, 'relationships', 'relationships')
    tableHead(context, ['relationship', 'type', 'description'])
    for (const property of navigation) {
      const typeText = (side: SourceText) => (property.collection ? side.collection(markdownLink(property.type, resourceUrl(property.type))) : markdownLink(property.type, resourceUrl(property.type)))
      const words = splitWords(property.name)
      builder.line(
        row(context, [
          plainCell(context, property.name, property.name),
          plainCell(context, typeText(text), typeText(english)),
          plainCell(context, text.propertyDescription.other(words, type.name), english.propertyDescription.other(words, type.name))
        ])
      )
    }
    builder.line()
  }

  heading(context, 2, 'json-representation', 'jsonRepresentation')
  builder.line('<!-- {')
  builder.line('  "blockType": "resource",')
  builder.line('  "keyProperty": "id",')
  builder.line(`  "@odata.type": "microsoft.graph.${type.name}"`)
  builder.line('}')
  builder.line('-->')
  codeBlock(context, 'json', JSON.stringify(exampleObject(context, type, {odataType: true, withId: true, representation: true}), undefined, 2).split('\n'))
}

// ---------------------------------------------------------------------------
// API pages.

const graphHost = 'https://graph.microsoft.com'

function requestLine(context: PageContext, method: FactOperation['method'], target: string, path: string): string {
  const {builder, inject, random, text} = context
  if (!inject.roll('http-request')) return `${method} ${target}`
  if (random.chance(0.5)) {
    const mangled = mangleMethod(method, text, random)
    return `${builder.mark({class: 'http-request', variant: `method-${mangled.variant}`, actual: mangled.text, expected: method})}${mangled.text} ${target}`
  }
  const mangled = manglePath(path, text, random)
  if (!mangled) return `${method} ${target}`
  const marker = builder.mark({class: 'http-request', variant: `path-${mangled.variant}`, actual: mangled.text, expected: path})
  return `${marker}${method} ${target.replace(path, mangled.text)}`
}

function permissionScopes(context: PageContext, operation: FactOperation): {delegated: string[]; application: string[]} {
  const {random} = context
  const root = operation.path.split('/')[1] ?? ''
  const write = operation.method !== 'GET'
  const scopes = (area: string) => (write ? [`${area}.ReadWrite.All`] : [`${area}.Read.All`, `${area}.ReadWrite.All`])
  // Intune's app management takes delegated scopes only, as the embedded schema says.
  if (root === 'deviceAppManagement') return {delegated: scopes('DeviceManagementServiceConfig'), application: []}
  const area =
    root === 'deviceManagement' ? random.pick(['DeviceManagementConfiguration', 'DeviceManagementManagedDevices']) :
    root === 'me' || root === 'users' ? random.pick(['User', 'Mail', 'Calendars', 'Contacts']) :
    root === 'groups' ? 'Group' :
    random.pick(['Directory', 'Policy', 'Sites', 'Reports'])
  const delegated = random.chance(0.3) ? scopes(area).slice(0, 1) : scopes(area)
  return {delegated, application: random.chance(0.4) ? delegated.slice(-1) : []}
}

function scopeCell(context: PageContext, scopes: readonly string[]): string {
  const {builder, inject, random, text} = context
  const englishText = scopes.join(', ')
  if (builder.spans && inject.roll('permission-scope')) {
    const target = random.integer(0, scopes.length - 1)
    const mangled = mangleScope(scopes[target]!, text, random)
    const localized = scopes.map((scope, index) => (index === target ? mangled.text : scope)).join(', ')
    const marker = builder.mark({class: 'permission-scope', variant: mangled.variant, actual: mangled.text, expected: scopes[target]!})
    return builder.segment(marker + localized, englishText)
  }
  return builder.segment(englishText, englishText)
}

function headerCell(context: PageContext, name: HeaderName): string {
  const {builder, random, text} = context
  // Without spans only a name that is not a valid header field can be seen as wrong.
  return tokenCell(context, 'header-name', name, () => mangleHeader(name, text, random, !builder.spans), true)
}

export function apiPage(context: PageContext, operation: FactOperation, type: FactType | undefined): void {
  const {builder, text, english, random} = context
  const name = operation.type
  const typeUrl = resourceUrl(name)
  const englishTitle = english.operationTitle[operation.kind](name)
  frontMatter(context, {title: text.operationTitle[operation.kind](name), description: text.operationSummary[operation.kind](name), docType: 'apiPageType'})
  title(context, anchorOf(englishTitle), text.operationTitle[operation.kind](name), englishTitle)
  notes(context, operation.path)
  builder.line(paragraph(context, (side) => side.text.operationSummary[operation.kind](side.link(0, name)), {links: [typeUrl]}))
  builder.line()

  heading(context, 2, 'prerequisites', 'prerequisites')
  builder.line(paragraph(context, (side) => side.text.permissionsIntro((label) => side.link(0, label)), {links: [permissionsUrl]}))
  builder.line()
  const scopes = permissionScopes(context, operation)
  tableHead(context, ['permissionType', 'permissions'])
  builder.line(row(context, [plainCell(context, text.delegatedWork, english.delegatedWork), scopeCell(context, scopes.delegated)]))
  builder.line(row(context, [plainCell(context, text.delegatedPersonal, english.delegatedPersonal), plainCell(context, text.notSupported, english.notSupported)]))
  const applicationLabel = plainCell(context, text.application, english.application)
  const applicationScopes = scopes.application.length > 0 ? scopeCell(context, scopes.application) : plainCell(context, text.notSupported, english.notSupported)
  builder.line(row(context, [applicationLabel, applicationScopes]))
  builder.line()

  heading(context, 2, 'http-request', 'httpRequest')
  builder.line('<!-- {')
  builder.line('  "blockType": "ignored"')
  builder.line('}')
  builder.line('-->')
  codeBlock(context, 'http', [requestLine(context, operation.method, operation.path, operation.path)])
  builder.line()

  if (operation.method === 'GET') {
    heading(context, 2, 'optional-query-parameters', 'optionalQueryParameters')
    builder.line(paragraph(context, (side) => side.text.queryParameters((label) => side.link(0, label)), {links: [queryParametersUrl]}))
    builder.line()
  }

  const hasBody = operation.method === 'POST' || operation.method === 'PATCH'
  heading(context, 2, 'request-headers', 'requestHeaders')
  tableHead(context, ['header', 'value'])
  builder.line(row(context, [headerCell(context, 'Authorization'), plainCell(context, text.bearer, english.bearer)]))
  if (hasBody) builder.line(row(context, [headerCell(context, 'Content-Type'), plainCell(context, 'application/json', 'application/json')]))
  else builder.line(row(context, [headerCell(context, 'Accept'), plainCell(context, 'application/json', 'application/json')]))
  if (random.chance(0.15)) builder.line(row(context, [headerCell(context, 'Prefer'), plainCell(context, 'return=minimal', 'return=minimal')]))
  if (operation.method === 'PATCH' && random.chance(0.2)) builder.line(row(context, [headerCell(context, 'If-Match'), plainCell(context, 'W/"etag"', 'W/"etag"')]))
  builder.line()

  heading(context, 2, 'request-body', 'requestBody')
  const bodyProperties = (type?.properties ?? []).filter((property) => !property.navigation && property.name !== 'id')
  if (hasBody && bodyProperties.length > 0) {
    builder.line(paragraph(context, (side) => side.text.requestBodyIntro(side.link(0, name)), {links: [typeUrl]}))
    builder.line()
    propertyTable(context, name, bodyProperties.slice(0, operation.method === 'PATCH' ? random.integer(4, 20) : 20))
  } else {
    builder.line(paragraph(context, (side) => side.text.noRequestBody))
  }
  builder.line()

  heading(context, 2, 'response', 'response')
  const status = operation.kind === 'delete' ? '204 No Content' : operation.kind === 'create' ? '201 Created' : '200 OK'
  const response =
    operation.kind === 'delete' ? (side: Side) => side.text.responseNoContent(side.code(0)) :
    operation.kind === 'list' ? (side: Side) => side.text.responseList(side.code(0), side.link(0, name)) :
    operation.kind === 'create' ? (side: Side) => side.text.responseCreated(side.code(0), side.link(0, name)) :
    (side: Side) => side.text.responseOk(side.code(0), side.link(0, name))
  builder.line(paragraph(context, response, {codes: [status], links: operation.kind === 'delete' ? [] : [typeUrl]}))
  builder.line()

  heading(context, 2, 'example', 'example')
  builder.line()
  heading(context, 3, 'request', 'request')
  builder.line(paragraph(context, (side) => side.text.exampleRequest))
  const version = random.chance(0.7) ? 'beta' : 'v1.0'
  const requestLines = [requestLine(context, operation.method, `${graphHost}/${version}${operation.path}`, operation.path)]
  if (hasBody && type) {
    const body = JSON.stringify(exampleObject(context, type, {odataType: operation.kind === 'create', withId: false}), undefined, 2)
    requestLines.push('Content-type: application/json', `Content-length: ${body.length}`, '', ...body.split('\n'))
  }
  codeBlock(context, 'http', requestLines)
  builder.line()

  heading(context, 3, 'response', 'response')
  builder.line(paragraph(context, (side) => side.text.exampleResponse))
  const responseLines = [`HTTP/1.1 ${status}`]
  if (operation.kind !== 'delete' && type) {
    const object = exampleObject(context, type, {odataType: true, withId: true})
    const body = JSON.stringify(operation.kind === 'list' ? {value: [object]} : object, undefined, 2)
    responseLines.push('Content-Type: application/json', `Content-Length: ${body.length}`, '', ...body.split('\n'))
  }
  codeBlock(context, 'http', responseLines)
}

