/**
 * One page from (seed, index): its own random stream, so page 42 is the same
 * whatever the page count, and a corpus of N pages is a prefix of one of 2N.
 */
import {z} from 'zod'
import type {FactOperation, FactType, Facts} from './facts.js'
import {english, locales} from './locales/index.js'
import {InjectedMistake, MistakeClass} from './mistakes.js'
import {Injector, PageBuilder, type SiteCounts} from './page-builder.js'
import {createRandom, hashSeed} from './random.js'
import {apiPage, enumPage, resourcePage, type PageContext, type Quirk} from './templates.js'

/** Bump when the same seed would give other pages: the bench regenerates its corpus then. */
export const generatorVersion = 2

export const PageTemplate = z.enum(['enum', 'resource', 'api'])
export type PageTemplate = z.infer<typeof PageTemplate>

export const GeneratedPageInfo = z.object({
  path: z.string().describe('Path inside the corpus, `/`-separated.'),
  locale: z.string(),
  template: PageTemplate,
  spans: z.boolean().describe('Whether the page has sxs spans.'),
  quirks: z.array(z.string()),
  mistakes: z.array(InjectedMistake)
})
export type GeneratedPageInfo = z.infer<typeof GeneratedPageInfo>

export interface GeneratedPage extends GeneratedPageInfo {
  text: string
}

/** Chance that a place where locdoc could see a mistake gets one (on pages not kept clean). */
export const defaultRates: Readonly<Record<MistakeClass, number>> = {
  'enum-member': 0.07,
  'enum-value': 0.06,
  'property-name': 0.04,
  'type-name': 0.05,
  'header-name': 0.08,
  'permission-scope': 0.12,
  'inline-code': 0.06,
  'link-target': 0.05,
  'http-request': 0.06,
  'span-structure': 0.015
}

/** Share of pages written without any mistake. */
export const cleanShare = 0.35

export function emptySites(): SiteCounts {
  return Object.fromEntries(MistakeClass.options.map((kind) => [kind, 0])) as SiteCounts
}

interface FactLookup {
  bigTypes: FactType[]
  typesByName: Map<string, FactType>
  operationsByType: Map<string, FactOperation[]>
}

const lookups = new WeakMap<Facts, FactLookup>()

function lookupFor(facts: Facts): FactLookup {
  let lookup = lookups.get(facts)
  if (!lookup) {
    const operationsByType = new Map<string, FactOperation[]>()
    for (const operation of facts.operations) {
      const list = operationsByType.get(operation.type) ?? []
      list.push(operation)
      operationsByType.set(operation.type, list)
    }
    lookup = {
      bigTypes: facts.types.filter((type) => type.properties.length >= 12),
      typesByName: new Map(facts.types.map((type) => [type.name, type])),
      operationsByType
    }
    lookups.set(facts, lookup)
  }
  return lookup
}

export interface PageOptions {
  seed: string
  facts: Facts
  rates?: Readonly<Record<MistakeClass, number>>
  /** Counts places where a mistake could go, summed over pages. */
  sites?: SiteCounts
  /**
   * `plain`: pages without spans, templates in the proportions of a published
   * localized reference (most pages are API pages, enums live in resource
   * pages), as the public localized repositories publish them.
   */
  shape?: 'mixed' | 'plain'
}

export function generatePage(index: number, options: PageOptions): GeneratedPage {
  const random = createRandom(hashSeed(`${options.seed}:${index}`))
  const {facts} = options
  const lookup = lookupFor(facts)
  const text = random.weighted(locales)
  const plainShape = options.shape === 'plain'
  const template = random.weighted<PageTemplate>(
    plainShape
      ? [
          ['enum', 8],
          ['resource', 30],
          ['api', 62]
        ]
      : [
          ['enum', 34],
          ['resource', 24],
          ['api', 42]
        ]
  )
  const spans = random.chance(template === 'api' ? 0.75 : 0.85) && !plainShape
  const quirks = new Set<Quirk>()
  if (random.chance(0.04)) quirks.add('crlf')
  if (random.chance(0.03)) quirks.add('bom')
  if (spans && random.chance(0.1)) quirks.add('padded-cells')
  if (spans && random.chance(0.2)) quirks.add('merged-paragraph-id')
  if (spans && template === 'resource' && random.chance(0.12)) quirks.add('newline-in-span')

  const builder = new PageBuilder(random.hex(5), spans)
  const inject = new Injector(random, options.rates ?? defaultRates, !random.chance(cleanShare), options.sites ?? emptySites())
  const context: PageContext = {random, text, english, builder, inject, facts, quirks, operationsByType: lookup.operationsByType}

  let stem: string
  let folder: string
  switch (template) {
    case 'enum': {
      const enumType = random.pick(facts.enums)
      enumPage(context, enumType)
      stem = enumType.name.toLowerCase()
      folder = 'resources'
      break
    }
    case 'resource': {
      const type = random.chance(0.4) && lookup.bigTypes.length > 0 ? random.pick(lookup.bigTypes) : random.pick(facts.types)
      resourcePage(context, type)
      stem = type.name.toLowerCase()
      folder = 'resources'
      break
    }
    case 'api': {
      const operation = random.pick(facts.operations)
      apiPage(context, operation, lookup.typesByName.get(operation.type))
      stem = `${operation.type.toLowerCase()}-${operation.kind}`
      folder = 'api'
      break
    }
  }
  for (let blank = random.integer(0, 4); blank > 0; blank--) builder.line()
  // Quirks that apply to every line are applied once the page is written.
  const finished = builder.finish()
  let pageText = finished.text
  if (quirks.has('crlf')) pageText = pageText.replace(/\n/g, '\r\n')
  if (quirks.has('bom')) pageText = `\uFEFF${pageText}`
  return {
    path: `${text.locale}/${folder}/${stem}-${index}.md`,
    locale: text.locale,
    template,
    spans,
    quirks: [...quirks].sort(),
    mistakes: finished.mistakes,
    text: pageText
  }
}
