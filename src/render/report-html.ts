/**
 * The review page: one self-contained HTML file a translator can work
 * through. A contents list by locale and file, filters (rule, category,
 * locale, severity) and a search, summaries by rule and locale, then each
 * file's findings with the row or sentence around them, localized beside
 * English, and the fix as a diff of the exact source. Built as a hast tree so
 * every string from a page is escaped by construction; the one script is ours,
 * inline, and the Content Security Policy admits nothing else.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {VFileMessage} from 'vfile-message'
import type {Page} from '../model/types.js'
import {findingContext, fixDiff, type FindingContext, type FixDiff, type MarkedText} from './finding-context.js'
import {reportScript, reportScriptHash} from './report-script.js'
import {isSafeUrl, serializeHtml} from './serialize.js'
import {documentStyles, reportStyles} from './styles.js'

export interface ReportFile {
  /** Path as shown: relative to the working directory, forward slashes. */
  displayPath: string
  /** Link to the file (relative or `file://`). */
  href: string
  /** `ms.contentlocale` of the page, or a locale folder in its path; `unknown` when neither says. */
  locale: string
  messages: readonly VFileMessage[]
  /** The BOM-less page text, to show the exact source a fix replaces. */
  source?: string
  /** The page model, to show the row or sentence around a finding. */
  page?: Page
}

type Counts = {errors: number; warnings: number; fixable: number; files: Set<string>}
type Severity = 'error' | 'warning' | 'info'
type Finding = {file: ReportFile; message: VFileMessage}

export function renderReportHtml(files: readonly ReportFile[], options: {title?: string} = {}): string {
  return serializeHtml(buildReportTree(files, options))
}

function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** As the stylish summary counts: messages no rule made are about the file itself. */
function categoryOf(message: VFileMessage): string {
  return message.category ?? 'file'
}

/** A BCP 47 tag for `lang`, or nothing when the locale is not one. */
export function languageTag(locale: string): string | undefined {
  return /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(locale) ? locale : undefined
}

function byLine(left: VFileMessage, right: VFileMessage): number {
  return (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0)
}

export function buildReportTree(files: readonly ReportFile[], options: {title?: string} = {}): Root {
  const title = options.title ?? 'locdoc review'
  const all: Finding[] = files.flatMap((file) => file.messages.map((message) => ({file, message})))
  const errors = all.filter(({message}) => message.fatal === true).length
  // Contents order: locale, then path; section ids follow it.
  const withFindings = files
    .filter((file) => file.messages.length > 0)
    .sort((left, right) => compare(left.locale, right.locale) || compare(left.displayPath, right.displayPath))
  const ids = new Map(withFindings.map((file, index) => [file, `file-${index + 1}`]))
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src ${reportScriptHash}; img-src data:; base-uri 'none'; form-action 'none'`
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {httpEquiv: 'Content-Security-Policy', content: policy}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('style', documentStyles + reportStyles)
        ]),
        h('body', [
          h('nav#contents', {ariaLabel: 'Contents'}, contents(withFindings, ids)),
          h('main', [
            h('h1', title),
            h('p.lead', `${all.length} findings (${errors} errors, ${all.length - errors} warnings) in ${withFindings.length} of ${files.length} files`),
            filters(all),
            h('details.summary-details', [
              h('summary', 'Counts by rule and by locale'),
              h('section.summary', [
                summaryTable('by-rule', 'By rule', 'Rule', countBy(all, ({message}) => message.ruleId ?? 'unknown'), false),
                summaryTable('by-locale', 'By locale', 'Locale', countBy(all, ({file}) => file.locale), true)
              ])
            ]),
            ...withFindings.map((file) => fileSection(file, ids.get(file)!))
          ]),
          h('script', reportScript)
        ])
      ])
    ]
  }
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

function contents(files: readonly ReportFile[], ids: ReadonlyMap<ReportFile, string>): ElementContent[] {
  const byLocale = new Map<string, ReportFile[]>()
  for (const file of files) byLocale.set(file.locale, [...(byLocale.get(file.locale) ?? []), file])
  return [
    h('h2', 'Contents'),
    h(
      'ul.locales',
      [...byLocale].map(([locale, localeFiles]) =>
        h('li.locale', {dataLocale: locale}, [
          h('span.locale-name', locale),
          ' ',
          h('span.locale-count.count-badge', String(localeFiles.reduce((sum, file) => sum + file.messages.length, 0))),
          h(
            'ul',
            localeFiles.map((file) =>
              h('li', {dataFile: ids.get(file)}, [h('a', {href: `#${ids.get(file)}`}, file.displayPath), ' ', h('span.count.count-badge', String(file.messages.length))])
            )
          )
        ])
      )
    )
  ]
}

function filters(all: readonly Finding[]): Element {
  const facet = (name: string, caption: string, values: Map<string, number>) =>
    h('fieldset', {dataFacet: name}, [
      h('legend', caption),
      ...[...values].map(([value, count]) =>
        h('label', [h('input', {type: 'checkbox', name, value}), ` ${value} `, h('span.count-badge', String(count))])
      )
    ])
  const tally = (key: (finding: Finding) => string) => {
    const counts = new Map<string, number>()
    for (const finding of all) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1)
    return new Map([...counts].sort(([left], [right]) => compare(left, right)))
  }
  return h('form#filters', {role: 'search', autocomplete: 'off'}, [
    h('div.search', [
      h('label', {htmlFor: 'search'}, 'Search'),
      ' ',
      h('input#search', {type: 'search', placeholder: 'token, message, path…'}),
      ' ',
      h('button#reset', {type: 'button'}, 'Clear filters'),
      ' ',
      h('output#shown', {ariaLive: 'polite'}, `Showing all ${all.length} findings`)
    ]),
    h('div.facets', [
      facet('rule', 'Rule', tally(({message}) => message.ruleId ?? 'unknown')),
      facet('category', 'Category', tally(({message}) => categoryOf(message))),
      facet('locale', 'Locale', tally(({file}) => file.locale)),
      facet('severity', 'Severity', tally(({message}) => severityOf(message)))
    ])
  ])
}

function countBy(findings: readonly Finding[], key: (finding: Finding) => string): Map<string, Counts> {
  const counts = new Map<string, Counts>()
  for (const finding of findings) {
    const name = key(finding)
    const entry = counts.get(name) ?? {errors: 0, warnings: 0, fixable: 0, files: new Set<string>()}
    if (finding.message.fatal === true) entry.errors++
    else entry.warnings++
    if (finding.message.fix) entry.fixable++
    entry.files.add(finding.file.displayPath)
    counts.set(name, entry)
  }
  return new Map([...counts].sort(([left], [right]) => compare(left, right)))
}

function summaryTable(id: string, caption: string, label: string, counts: Map<string, Counts>, showFiles: boolean): Element {
  const total: Counts = {errors: 0, warnings: 0, fixable: 0, files: new Set()}
  for (const entry of counts.values()) {
    total.errors += entry.errors
    total.warnings += entry.warnings
    total.fixable += entry.fixable
    for (const file of entry.files) total.files.add(file)
  }
  const row = (name: ElementContent | string, entry: Counts, className?: string) =>
    h('tr', {className}, [
      h('td', name),
      ...(showFiles ? [h('td.number', String(entry.files.size))] : []),
      h('td.number', String(entry.errors)),
      h('td.number', String(entry.warnings)),
      h('td.number', String(entry.fixable))
    ])
  return h('div', [
    h('h2', caption),
    h(`table#${id}`, [
      h('thead', h('tr', [h('th', label), ...(showFiles ? [h('th.number', 'Files')] : []), h('th.number', 'Errors'), h('th.number', 'Warnings'), h('th.number', 'Fixable')])),
      h('tbody', [...[...counts].map(([name, entry]) => row(name, entry)), row('Total', total, 'total')])
    ])
  ])
}

function fileSection(file: ReportFile, id: string): Element {
  const messages = [...file.messages].sort(byLine)
  return h('section.file', {id, lang: languageTag(file.locale)}, [
    h('h2', [h('a', {href: file.href}, file.displayPath), ' ', h('span.muted', {lang: 'en'}, `${file.locale} · ${messages.length} findings`)]),
    h('table.findings', [
      h('thead', {lang: 'en'}, h('tr', [h('th', 'Line'), h('th', 'Severity'), h('th', 'Rule'), h('th', 'Localized (actual)'), h('th', 'English (expected)'), h('th', 'Fix'), h('th', 'Message')])),
      ...messages.map((message, index) => findingGroup(file, message, `${id}-${index + 1}`))
    ])
  ])
}

function findingGroup(file: ReportFile, message: VFileMessage, id: string): Element {
  const line = message.line ?? undefined
  const severity = severityOf(message)
  const ruleUrl = message.url && isSafeUrl(message.url) ? message.url : undefined
  const context = file.source === undefined ? undefined : findingContext(file.source, file.page, message)
  const diff = file.source !== undefined && message.fix ? fixDiff(file.source, message.fix) : undefined
  const details = [...(context ? [contextView(context)] : []), ...(diff ? [diffView(diff)] : [])]
  return h(
    'tbody.finding-group',
    {id, dataRule: message.ruleId ?? 'unknown', dataCategory: categoryOf(message), dataLocale: file.locale, dataSeverity: severity},
    [
      h('tr.finding', [
        // The finding's own link: a line anchor on a local Markdown file leads nowhere.
        // Its title is the location as editors take it: `path:line:column`.
        h('td.number', line === undefined ? '' : h('a', {href: `#${id}`, title: `${file.displayPath}:${line}:${message.column ?? 1}`}, `${line}:${message.column ?? 1}`)),
        h(`td.severity-${severity}`, {lang: 'en'}, severity),
        h('td.rule', {lang: 'en'}, ruleUrl ? h('a', {href: ruleUrl}, message.ruleId ?? '') : message.ruleId ?? ''),
        h('td.actual', message.actual === undefined ? '' : h('code', message.actual)),
        h('td.expected', {lang: 'en'}, (message.expected ?? []).flatMap((expected, index) => (index === 0 ? [h('code', expected)] : [', ', h('code', expected)]))),
        h('td.fix', fixCell(file, message)),
        h('td', {lang: 'en'}, message.reason)
      ]),
      ...(details.length > 0 ? [h('tr.context', h('td', {colSpan: 7}, details))] : [])
    ]
  )
}

function marked(text: MarkedText, tag: 'mark' | 'del' | 'ins' = 'mark'): ElementContent[] {
  return [{type: 'text', value: text.before}, ...(text.marked === '' ? [] : [h(tag, text.marked)]), {type: 'text', value: text.after}]
}

function contextView(context: FindingContext): Element {
  const caption = context.kind === 'row' ? 'Table row' : context.kind === 'sentence' ? 'Sentence' : 'Source line'
  if (context.kind === 'row') {
    const cells = (side: MarkedText[]) => side.map((cell) => h('td', marked(cell)))
    return h('div.context', [
      h('div.context-caption', {lang: 'en'}, caption),
      h('table.row-context', [
        h('tbody', [
          h('tr.localized', [h('th', {lang: 'en'}, 'Localized'), ...cells(context.localized)]),
          ...(context.english.length > 0 ? [h('tr.english', {lang: 'en'}, [h('th', 'English'), ...cells(context.english)])] : [])
        ])
      ])
    ])
  }
  return h('div.context', [
    h('div.context-caption', {lang: 'en'}, caption),
    h('div.side-by-side', [
      h('div.localized', [h('div.side-label', {lang: 'en'}, 'Localized'), h('p', context.localized.flatMap((part) => marked(part)))]),
      ...(context.english.length > 0 ? [h('div.english', {lang: 'en'}, [h('div.side-label', 'English'), h('p', context.english.flatMap((part) => marked(part)))])] : [])
    ])
  ])
}

function diffView(diff: FixDiff): Element {
  return h('div.diff', [
    h('div.context-caption', {lang: 'en'}, `Fix, line ${diff.line}`),
    h('pre.diff', [h('code', [h('span.diff-removed', ['- ', ...marked(diff.removed, 'del')]), '\n', h('span.diff-added', ['+ ', ...marked(diff.added, 'ins')])])])
  ])
}

function fixCell(file: ReportFile, message: VFileMessage): ElementContent[] {
  if (!message.fix) return [h('span.muted', {lang: 'en'}, '—')]
  const replaced = file.source?.slice(message.fix.range[0], message.fix.range[1])
  // The replaced source, markup and all: what a reviewer approves is the exact edit.
  return replaced === undefined ? [h('code', message.fix.text)] : [h('del', h('code', replaced)), {type: 'text', value: ' → '}, h('code', message.fix.text)]
}
