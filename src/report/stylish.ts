/**
 * The default, human report, laid out like ESLint's `stylish`: a path line per
 * file, then `line:col  severity  message  rule` rows aligned in columns, then
 * one summary. A clean run prints nothing at all.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {displayPath} from './display-path.js'
import {byPosition, spanOf} from './json.js'
import {writeAll, type ReportWriter} from './writer.js'

export interface StylishOptions {
  cwd: string
  /** ANSI colours; the caller decides (a TTY and no `NO_COLOR`). */
  color?: boolean
}

type Paint = (text: string) => string

const plain: Paint = (text) => text
const style = (open: number, close: number): Paint => (text) => `\u001B[${open}m${text}\u001B[${close}m`
const palette = {
  underline: style(4, 24),
  dim: style(2, 22),
  red: style(31, 39),
  yellow: style(33, 39),
  bold: style(1, 22)
}

interface Row {
  line: string
  column: string
  severity: 'error' | 'warning' | 'note'
  message: string
  ruleId: string
}

export function formatStylish(files: readonly VFile[], options: StylishOptions): string {
  return writeAll(createStylishWriter(options), files)
}

/** Stylish, a block per file as it comes and the summary at the end. */
export function createStylishWriter(options: StylishOptions): ReportWriter {
  const paint = options.color ? palette : {underline: plain, dim: plain, red: plain, yellow: plain, bold: plain}
  let errors = 0
  let warnings = 0
  let fixable = 0
  let blocks = 0
  const categories = new Map<string, CategoryCount>()

  const file = (file: VFile): string => {
    if (file.messages.length === 0) return ''
    const messages = [...file.messages].sort(byPosition)
    const rows = messages.map(toRow)
    errors += rows.filter((row) => row.severity === 'error').length
    warnings += rows.filter((row) => row.severity === 'warning').length
    fixable += messages.filter((message) => message.fix).length
    for (const message of messages) countMessage(categories, message)

    const width = {
      line: Math.max(...rows.map((row) => row.line.length)),
      column: Math.max(...rows.map((row) => row.column.length)),
      severity: Math.max(...rows.map((row) => row.severity.length)),
      message: Math.max(...rows.map((row) => displayWidth(row.message)))
    }
    const lines = rows.map((row) => {
      // Line right-aligned and column left-aligned, so the colons line up.
      const place = `${row.line.padStart(width.line)}:${row.column.padEnd(width.column)}`
      const severity = (row.severity === 'error' ? paint.red : paint.yellow)(row.severity.padEnd(width.severity))
      const message = row.message + ' '.repeat(width.message - displayWidth(row.message))
      return `  ${paint.dim(place)}  ${severity}  ${message}  ${row.ruleId ? paint.dim(row.ruleId) : ''}`.trimEnd()
    })
    blocks++
    return `\n${paint.underline(displayPath(file, options.cwd))}\n${lines.join('\n')}\n`
  }

  const end = (): string => {
    if (blocks === 0) return ''
    const total = errors + warnings
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
    const lines = [(errors > 0 ? paint.red : paint.yellow)(paint.bold(summary)), ...formatCategories(categories)]
    if (fixable > 0) lines.push(`  ${fixable} fixable with \`locdoc fix\``)
    return `\n${lines.join('\n')}\n`
  }
  return {file, end}
}

interface CategoryCount {
  errors: number
  warnings: number
  rules: Map<string, number>
}

function countMessage(categories: Map<string, CategoryCount>, message: VFileMessage): void {
  // Messages no rule made (an unreadable or unparsable file) are about the file itself.
  const category = message.category ?? 'file'
  // A note says nothing is wrong; it is shown, not counted.
  if (message.fatal === undefined && message.ruleId === 'source-alignment') return
  let count = categories.get(category)
  if (!count) categories.set(category, (count = {errors: 0, warnings: 0, rules: new Map()}))
  if (message.fatal) count.errors++
  else count.warnings++
  const rule = message.ruleId ?? 'unknown'
  count.rules.set(rule, (count.rules.get(rule) ?? 0) + 1)
}

/** `  translation: 3 errors, 1 warning (header-name 2, api-property-type 2)`, largest category first. */
function formatCategories(categories: ReadonlyMap<string, CategoryCount>): string[] {
  const total = (count: CategoryCount) => count.errors + count.warnings
  return [...categories]
    .sort(([leftName, left], [rightName, right]) => total(right) - total(left) || leftName.localeCompare(rightName))
    .map(([category, count]) => {
      const severities = [count.errors > 0 ? plural(count.errors, 'error') : '', count.warnings > 0 ? plural(count.warnings, 'warning') : ''].filter(Boolean).join(', ')
      const rules = [...count.rules].sort(([leftRule, left], [rightRule, right]) => right - left || leftRule.localeCompare(rightRule))
      return `  ${category}: ${severities} (${rules.map(([rule, times]) => `${rule} ${times}`).join(', ')})`
    })
}

function toRow(message: VFileMessage): Row {
  const {start} = spanOf(message)
  return {
    line: String(start.line),
    column: String(start.column),
    severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note',
    // A reason is one line; a stray line break would tear the table.
    message: message.reason.replace(/\s*[\r\n]+\s*/g, ' '),
    // The English page and a memory are new truths beside spans and the schema: say which one spoke.
    ruleId: `${message.ruleId ?? ''}${message.provenance === 'source' || message.provenance === 'memory' ? ` (${message.provenance})` : ''}`
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * Columns a terminal gives the text: East Asian wide and full-width characters
 * take two, which matters because findings quote Japanese, Chinese and Korean.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) {
    const code = character.codePointAt(0)!
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b || (code >= 0xfe00 && code <= 0xfe0f)) continue
    width += isWide(code) ? 2 : 1
  }
  return width
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
}
