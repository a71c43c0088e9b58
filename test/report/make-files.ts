/**
 * Linted files for the formatter tests: real findings from the CLI fixture
 * pages, and hand-made messages for the edge cases no page produces.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {lintText} from '../../src/lint/lint-text.js'

export const fixtures = fileURLToPath(new URL('../fixtures/cli/', import.meta.url))

export function fixtureText(name: string): string {
  return readFileSync(`${fixtures}${name}`, 'utf8')
}

/** Lint a fixture page as if it lived at `path` under the working directory. */
export function lintFixture(name: string, path = name): VFile {
  return lintText(fixtureText(name), {path})
}

/** A file with one hand-made message. */
export function fileWithMessage(
  path: string,
  reason: string,
  options: {ruleId?: string; fatal?: boolean; place?: {line: number; column: number} | {start: {line: number; column: number}; end: {line: number; column: number}}} = {}
): VFile {
  const file = new VFile({path})
  const message = file.message(reason, {place: options.place, ruleId: options.ruleId, source: 'locdoc'})
  message.fatal = options.fatal ?? true
  return file
}
