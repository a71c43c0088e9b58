/**
 * content/ is the README's lint target: every deliberate mistake listed in
 * test/content-manifest.json must be found at its line with its expected
 * value, and nothing else may be reported as an error.
 */
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lintFiles} from '../src/lint/lint-files.js'

interface ManifestFinding {
  line: number
  class: string
  actual: string
  expected: string
}

interface ManifestPage {
  file: string
  findings: ManifestFinding[]
}

const root = fileURLToPath(new URL('..', import.meta.url))
const manifest = JSON.parse(await readFile(new URL('content-manifest.json', import.meta.url), 'utf8')) as ManifestPage[]
const {files, failures} = await lintFiles(['content'], {cwd: root})
const byPath = new Map(files.map((file) => [file.path, file]))

/** Manifest classes name the mistake; these are the rule ids allowed to report each. */
const rulesFor: Record<string, string[]> = {
  'enum-member': ['enum-member-name', 'api-enum-member'],
  'enum-value': ['enum-member-value', 'api-enum-value'],
  'property-name': ['property-name', 'api-property-name'],
  'type-name': ['type-name', 'api-property-type'],
  'header-name': ['header-name'],
  'header-value': ['header-value'],
  'permission-scope': ['permission-scope', 'api-permission-scope'],
  'inline-code': ['inline-code'],
  'link-target': ['link-target'],
  'http-request': ['http-request', 'api-http-operation'],
  'span-structure': ['span-structure'],
  'parameter-direction': ['parameter-direction'],
  // Names and literals outside Graph's own tables: columns, lists and headings of names.
  'code-token': ['code-token', 'verbatim-token']
}

describe('content/', () => {
  it('should lint every page in the manifest and nothing else', () => {
    expect(failures).toEqual([])
    expect(files.map((file) => file.path).sort()).toEqual(manifest.map((page) => page.file).sort())
  })

  for (const page of manifest) {
    it(`should report exactly the deliberate mistakes in ${page.file}`, () => {
      const file = byPath.get(page.file)!
      const errors = file.messages.filter((message) => message.fatal)
      const unmatched = [...errors]
      for (const finding of page.findings) {
        const index = unmatched.findIndex(
          (message) => message.line === finding.line && (rulesFor[finding.class] ?? []).includes(message.ruleId ?? '')
        )
        expect(index, `${finding.class} at line ${finding.line}: ${finding.actual} → ${finding.expected}`).not.toBe(-1)
        const [message] = unmatched.splice(index, 1)
        if (finding.class === 'span-structure') continue
        // The manifest quotes inline code with its backticks and request lines whole.
        const expected = finding.expected.replace(/^`|`$/g, '')
        expect(message!.expected?.some((value) => expected.includes(value) || value.includes(expected)), `${String(message)} expected ${expected}`).toBe(true)
      }
      expect(unmatched.map(String)).toEqual([])
    })
  }
})
