/**
 * The review page: one self-contained HTML file (inline CSS, no scripts).
 * A summary by rule and by locale, then each file's findings with the
 * localized text, the canonical English, the fix, the rule and its line.
 * Built as a hast tree so every string from a page is escaped by construction.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {VFileMessage} from 'vfile-message'
import {isSafeUrl, serializeHtml} from './serialize.js'
import {documentStyles} from './styles.js'

export interface ReportFile {
  /** Path as shown: relative to the working directory, forward slashes. */
  displayPath: string
  /** Link to the file, to which `#L<line>` is appended (relative or `file://`). */
  href: string
  /** `ms.contentlocale` of the page, or a locale folder in its path. */
  locale: string
  messages: readonly VFileMessage[]
  /** The BOM-less page text, to show the exact source a fix replaces. */
  source?: string
}

type Counts = {errors: number; warnings: number; fixable: number; files: Set<string>}

export function renderReportHtml(files: readonly ReportFile[], options: {title?: string} = {}): string {
  return serializeHtml(buildReportTree(files, options))
}

export function buildReportTree(files: readonly ReportFile[], options: {title?: string} = {}): Root {
  const title = options.title ?? 'locdoc review'
  const all = files.flatMap((file) => file.messages.map((message) => ({file, message})))
  const errors = all.filter(({message}) => message.fatal === true).length
  const withFindings = files.filter((file) => file.messages.length > 0)
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('style', documentStyles)
        ]),
        h('body', [
          h('main', [
            h('h1', title),
            h('p.lead', `${all.length} findings (${errors} errors, ${all.length - errors} warnings) in ${withFindings.length} of ${files.length} files`),
            h('section.summary', [
              summaryTable('by-rule', 'By rule', 'Rule', countBy(all, ({message}) => message.ruleId ?? 'unknown'), false),
              summaryTable('by-locale', 'By locale', 'Locale', countBy(all, ({file}) => file.locale), true)
            ]),
            ...withFindings.map((file, index) => fileSection(file, index))
          ])
        ])
      ])
    ]
  }
}

function countBy(
  findings: readonly {file: ReportFile; message: VFileMessage}[],
  key: (finding: {file: ReportFile; message: VFileMessage}) => string
): Map<string, Counts> {
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
  return new Map([...counts].sort(([left], [right]) => left.localeCompare(right)))
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

function fileSection(file: ReportFile, index: number): Element {
  const messages = [...file.messages].sort((left, right) => (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0))
  return h('section.file', {id: `file-${index + 1}`}, [
    h('h2', [h('a', {href: file.href}, file.displayPath), ' ', h('span.muted', `${file.locale} · ${messages.length} findings`)]),
    h('table.findings', [
      h('thead', h('tr', [h('th', 'Line'), h('th', 'Severity'), h('th', 'Rule'), h('th', 'Localized (actual)'), h('th', 'English (expected)'), h('th', 'Fix'), h('th', 'Message')])),
      h('tbody', messages.map((message) => findingRow(file, message)))
    ])
  ])
}

function findingRow(file: ReportFile, message: VFileMessage): Element {
  const line = message.line ?? undefined
  const severity = message.fatal === true ? 'error' : 'warning'
  const ruleUrl = message.url && isSafeUrl(message.url) ? message.url : undefined
  return h('tr.finding', [
    h('td.number', line === undefined ? '' : h('a', {href: `${file.href}#L${line}`}, `${line}:${message.column ?? 1}`)),
    h(`td.severity-${severity}`, severity),
    h('td.rule', ruleUrl ? h('a', {href: ruleUrl}, message.ruleId ?? '') : message.ruleId ?? ''),
    h('td.actual', message.actual === undefined ? '' : h('code', message.actual)),
    h('td.expected', (message.expected ?? []).flatMap((expected, index) => (index === 0 ? [h('code', expected)] : [', ', h('code', expected)]))),
    h('td.fix', fixCell(file, message)),
    h('td', message.reason)
  ])
}

function fixCell(file: ReportFile, message: VFileMessage): ElementContent[] {
  if (!message.fix) return [h('span.muted', '—')]
  const replaced = file.source?.slice(message.fix.range[0], message.fix.range[1])
  // The replaced source, markup and all: what a reviewer approves is the exact edit.
  return replaced === undefined ? [h('code', message.fix.text)] : [h('del', h('code', replaced)), {type: 'text', value: ' → '}, h('code', message.fix.text)]
}
