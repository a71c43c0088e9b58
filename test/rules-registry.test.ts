import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {rules, ruleIds} from '../src/rules/index.js'
import * as locdoc from '../src/index.js'

describe('rule registry', () => {
  it('should give every rule a unique id', () => {
    const ids = ruleIds()
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('should keep one rule per file, named by its id', async () => {
    for (const rule of rules) {
      const text = await readFile(new URL(`../src/rules/${rule.meta.id}.ts`, import.meta.url), 'utf8')
      expect(text).toContain(`id: '${rule.meta.id}'`)
    }
  })

  it('should document every rule id, source ids included, in docs/rules.md', async () => {
    const docs = await readFile(new URL('../docs/rules.md', import.meta.url), 'utf8')
    const documented = new Set([...docs.matchAll(/^### ([a-z-]+)$/gm)].map((match) => match[1]))
    expect(ruleIds().filter((id) => !documented.has(id))).toEqual([])
  })

  it('should mark schema rules so they are skipped without a schema', () => {
    for (const rule of rules) expect(rule.meta.requiresSchema).toBe(rule.meta.id.startsWith('api-'))
  })
})

describe('public surface', () => {
  it('should export the library entry points', () => {
    for (const name of ['lint', 'lintText', 'extract', 'extractText', 'remarkLocdoc', 'rules', 'createRule', 'Page', 'ApiSchema', 'parseCsdl', 'embeddedSchema']) {
      expect(Object.keys(locdoc)).toContain(name)
    }
  })
})
