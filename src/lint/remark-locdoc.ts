/**
 * The unified plugin: builds the page model from the tree, stores it on
 * `file.data.page`, and runs every enabled rule. A rule that crashes becomes
 * one fatal message on that file, never a crash of the run.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {buildPage} from '../model/build-page.js'
import {createPointAt} from '../model/positions.js'
import type {Page} from '../model/types.js'
import {provenanceOf, stampFinding, type Finding, type Rule, type Severity} from '../rules/create-rule.js'
import {rules as allRules} from '../rules/index.js'
import type {ApiIndex} from '../schema/api-index.js'
import {versionsAgree} from '../rules/util/api-version.js'
import type {EnglishPage} from '../source/english-document.js'
import type {TranslationMemory} from '../source/memory.js'
import {mayBeRevisionDrift, revisionDriftNote} from '../source/revision-drift.js'

declare module 'vfile' {
  interface DataMap {
    /** The page model built from this file. */
    page: Page
    /** The byte order marks the file started with, set aside before parsing ('' for none). */
    bom: string
    /** Set when the file could not be read at all: an I/O failure, not a finding. */
    readFailure: boolean
    /** The English page a page without spans was compared with: fixing lints again against the same. */
    english: EnglishPage
  }
}

/** Findings one rule reports on one page before the rest are summed up in one message. */
export const maxFindingsPerRule = 500

export interface LocdocOptions {
  /** Severity per rule id; rules not named keep their default. */
  rules?: Readonly<Record<string, Severity>>
  /** The API to validate against; rules that need one are skipped without it. */
  api?: ApiIndex
  /** Rules to run instead of the built-in set. */
  ruleSet?: readonly Rule[]
  /** The English page a page without spans was translated from (`--source`). */
  english?: EnglishPage
  /** Translation memory for pages with neither spans nor an English page (`--memory`). */
  memory?: TranslationMemory
}

export function remarkLocdoc(options: LocdocOptions = {}) {
  const ruleSet = options.ruleSet ?? allRules
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '')
    let page: Page
    try {
      page = buildPage(tree, source, file.path || undefined, {english: options.english, memory: options.memory}).page
    } catch (error) {
      // A model that cannot be built leaves nothing to check: one fatal message, and the run goes on.
      const message = file.message(`Cannot read the page's structure: ${error instanceof Error ? error.message : String(error)}`, {
        ruleId: 'parse',
        source: 'locdoc',
        place: {line: 1, column: 1},
        cause: error instanceof Error ? error : undefined
      })
      message.fatal = true
      return
    }
    file.data.page = page
    const pointAt = createPointAt(source)
    // What the reader should know about the comparison is a note: it says nothing is wrong.
    for (const note of page.source?.notes ?? []) file.info(note, {ruleId: 'source-alignment', source: 'locdoc', place: pointAt(0)})
    // A beta page is not judged by a v1.0 schema, nor the other way round.
    const api = options.api && versionsAgree(page, options.api.schema.version) ? options.api : undefined
    for (const rule of ruleSet) {
      const severity = options.rules?.[rule.meta.id] ?? rule.meta.severity
      // Findings in the English source have their own id, and so their own severity: a warning unless
      // configured, since a translation team cannot fix the English and a red CI for it gets the lint switched off.
      const sourceSeverity = rule.meta.sourceId ? (options.rules?.[rule.meta.sourceId] ?? (severity === 'off' ? 'off' : 'warn')) : severity
      if ((severity === 'off' && sourceSeverity === 'off') || (rule.meta.requiresSchema && !api)) continue
      let reported = 0
      let hiddenErrors = false
      try {
        rule.check({
          page,
          source,
          api,
          report: (found) => {
            let finding: Finding = found
            let effective = finding.inSource ? sourceSeverity : severity
            if (effective === 'off') return
            if (mayBeRevisionDrift(page, provenanceOf(rule, finding, page), finding)) {
              // Whatever the configured severity, a fix would write the other revision's English.
              if (effective === 'error') effective = 'warn'
              finding = {...finding, fix: undefined, note: [finding.note, revisionDriftNote].filter(Boolean).join(' ')}
            }
            // A mangled 32 KB line can yield thousands of findings; a reader needs the first few hundred.
            if (++reported <= maxFindingsPerRule) stampFinding(file, rule, effective, finding, {pointAt, page, source})
            else if (effective === 'error') hiddenErrors = true
          }
        })
        if (reported > maxFindingsPerRule) {
          const message = file.message(
            `${reported - maxFindingsPerRule} more \`${rule.meta.id}\` findings on this page are not shown (at most ${maxFindingsPerRule} per rule and page)`,
            {ruleId: rule.meta.id, source: 'locdoc', place: {line: 1, column: 1}}
          )
          // Only hidden errors make the summary an error: hundreds of hidden source warnings stay a warning.
          message.fatal = hiddenErrors
        }
      } catch (error) {
        const message = file.message(`Cannot check \`${rule.meta.id}\`: ${error instanceof Error ? error.message : String(error)}`, {
          ruleId: rule.meta.id,
          source: 'locdoc',
          cause: error instanceof Error ? error : undefined
        })
        message.fatal = true
      }
    }
  }
}
