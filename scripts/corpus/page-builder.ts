/**
 * Writes one page line by line. A mistake is registered where it is written
 * with an invisible marker; when the page is finished the markers become
 * line numbers (exactly where locdoc's finding should start) and vanish.
 */
import type {InjectedMistake, MistakeClass, SpanBreak} from './mistakes.js'
import {ruleForClass} from './mistakes.js'
import type {Random} from './random.js'

// Private-use characters never appear in the generated text itself.
const markerOpen = '\uE000'
const markerClose = '\uE001'
const markerPattern = /\uE000(\d+)\uE001/g

export type PendingMistake = Omit<InjectedMistake, 'line' | 'ruleId'>

/** Per class: how many places could have had a mistake. */
export type SiteCounts = Record<MistakeClass, number>

export interface SegmentOptions {
  /** Leave out the lookup span, or give it another id, or leave it open. */
  broken?: SpanBreak
  /** Id to use instead of the next one, for merged paragraphs (`p101`). */
  id?: string
}

export class PageBuilder {
  private readonly lines: string[] = []
  private readonly pending: PendingMistake[] = []
  private counter: number
  private mergedCounter = 101

  constructor(
    readonly prefix: string,
    /** Whether this page is written with sxs spans at all. */
    readonly spans: boolean,
    firstId = 103
  ) {
    this.counter = firstId
  }

  line(text = ''): void {
    this.lines.push(text)
  }

  /** Register a mistake; put the returned marker right where the finding should start. */
  mark(mistake: PendingMistake): string {
    this.pending.push(mistake)
    return `${markerOpen}${this.pending.length - 1}${markerClose}`
  }

  nextId(): string {
    return `${this.prefix}-${this.counter++}`
  }

  /** An id of a paragraph the translation tool merged from two sentences. */
  mergedId(): string {
    // Merged paragraphs use up two sentence ids.
    this.counter += 2
    return `${this.prefix}-p${this.mergedCounter++}`
  }

  /** One translated segment, or just the localized text on a page without spans. */
  segment(localized: string, english: string, options: SegmentOptions = {}): string {
    if (!this.spans) return localized
    const id = options.id ?? this.nextId()
    const translated = `<span data-ttu-id="${id}">${localized}</span>`
    switch (options.broken) {
      case 'missing-lookup':
        return translated
      case 'id-mismatch':
        return `${translated}<span class="sxs-lookup"><span data-stu-id="${this.nextId()}">${english}</span></span>`
      case 'unclosed-lookup':
        return `${translated}<span class="sxs-lookup"><span data-stu-id="${id}">${english}</span>`
      default:
        return `${translated}<span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`
    }
  }

  /** The finished text (LF line endings) and every mistake with its line. */
  finish(): {text: string; mistakes: InjectedMistake[]} {
    const raw = `${this.lines.join('\n')}\n`
    const lines = new Map<number, number>()
    let line = 1
    let scanned = 0
    for (const match of raw.matchAll(markerPattern)) {
      for (let index = raw.indexOf('\n', scanned); index !== -1 && index < match.index; index = raw.indexOf('\n', index + 1)) line++
      scanned = match.index
      lines.set(Number(match[1]), line)
    }
    const mistakes = this.pending.map((mistake, index) => ({
      ...mistake,
      ruleId: ruleForClass[mistake.class],
      line: lines.get(index) ?? 0
    }))
    return {text: raw.replace(markerPattern, ''), mistakes: mistakes.filter((mistake) => mistake.line > 0)}
  }
}

/** Decides, per place, whether a mistake goes there, and counts the places. */
export class Injector {
  constructor(
    private readonly random: Random,
    private readonly rates: Readonly<Record<MistakeClass, number>>,
    /** False on pages kept clean. */
    private readonly enabled: boolean,
    readonly sites: SiteCounts
  ) {}

  /** Whether to inject a mistake of `kind` at this place. */
  roll(kind: MistakeClass): boolean {
    this.sites[kind]++
    return this.enabled && this.random.chance(this.rates[kind])
  }
}
