/**
 * A lint run as CI runs it: worker threads, the cache, shards and their
 * merge, and a baseline. Pages are the project's own content/ pages plus a
 * broken one, copied into a fresh workspace.
 */
import {cp, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {JsonResult} from '../../src/report/json.js'
import {contentDirectory} from '../fix/pages.js'
import {embeddedSchema} from '../../src/schema/embedded.js'
import {createApiIndex} from '../../src/schema/api-index.js'
import {LintCache} from '../../src/lint/cache.js'
import {lintPages} from '../../src/lint/lint-pages.js'
import {addFixtures, runCli, useWorkspace} from './run-cli.js'

const JsonReport = z.array(JsonResult)
const cwd = useWorkspace(['broken.md', 'clean.md'])

async function withContent(): Promise<void> {
  await cp(contentDirectory, path.join(cwd(), 'docs'), {recursive: true})
  await addFixtures(cwd(), {'docs/zz/broken.md': 'broken.md', 'docs/zz/clean.md': 'clean.md'})
}

async function lint(argv: string[]) {
  const run = await runCli(['lint', ...argv], cwd())
  if (run.code === 2) throw new Error(run.stderr)
  return run
}

describe('locdoc lint --jobs', () => {
  it('should print byte-identical reports in the same order with 1, 2 and 3 threads', async () => {
    await withContent()
    // Each worker compiles the TypeScript sources under vitest, so a few pairs are all this test can afford.
    for (const [format, jobs] of [['json', '3'], ['sarif', '2'], ['stylish', '2']] as const) {
      const single = await lint(['--jobs', '1', '-f', format, 'docs'])
      expect(single.stdout.length).toBeGreaterThan(100)
      {
        const parallel = await lint(['--jobs', jobs, '-f', format, 'docs'])
        expect(parallel.stdout, `${format} with --jobs ${jobs}`).toBe(single.stdout)
        expect(parallel.code).toBe(single.code)
        expect(parallel.stderr).toMatch(new RegExp(`\\(${jobs} threads\\)`))
      }
    }
  })

  it('should reject a number of threads that is not a whole number of at least one', async () => {
    const run = await runCli(['lint', '--jobs', '0', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('locdoc lint: `--jobs` takes a whole number of threads, 1 or more')
  })
})

describe('locdoc lint --cache', () => {
  const cacheFile = () => path.join(cwd(), 'node_modules', '.cache', 'locdoc', 'lint-cache.json')

  it('should give the same report from the cache, and take every page from it when nothing changed', async () => {
    await withContent()
    const cold = await lint(['--cache', '-f', 'json', 'docs'])
    expect(cold.stderr).toMatch(/\(\d threads?, 0 from cache\)/)
    const warm = await lint(['--cache', '-f', 'json', 'docs'])
    expect(warm.stdout).toBe(cold.stdout)
    expect(warm.code).toBe(cold.code)
    const pages = Number(/(\d+) pages in/.exec(cold.stderr)?.[1])
    expect(pages).toBeGreaterThan(1)
    expect(warm.stderr).toContain(`${pages} pages in`)
    expect(warm.stderr).toContain(`${pages} from cache)`)
  })

  it('should lint again a page whose content changed, and only that page', async () => {
    await withContent()
    const pages = Number(/(\d+) pages in/.exec((await lint(['--cache', 'docs'])).stderr)?.[1])
    const page = path.join(cwd(), 'docs/zz/clean.md')
    await writeFile(page, (await readFile(path.join(cwd(), 'broken.md'), 'utf8')))
    const run = await lint(['--cache', '-f', 'json', 'docs'])
    expect(run.stderr).toContain(`${pages - 1} from cache)`)
    const results = JsonReport.parse(JSON.parse(run.stdout))
    const changed = results.find((result) => result.filePath.endsWith(path.join('zz', 'clean.md')))!
    expect(changed.errorCount).toBe(2)
  })

  it('should start afresh when the config, the schema or the version changes', async () => {
    await addFixtures(cwd(), {'docs/broken.md': 'broken.md'})
    await lint(['--cache', 'docs'])
    const again = async () => (await lint(['--cache', '-f', 'json', 'docs'])).stderr
    expect(await again()).toMatch(/1 from cache/)

    await writeFile(path.join(cwd(), 'locdoc.config.json'), JSON.stringify({rules: {'enum-member-name': 'off'}}))
    const afterConfig = await lint(['--cache', '-f', 'json', 'docs'])
    expect(afterConfig.stderr).toMatch(/0 from cache/)
    expect(JsonReport.parse(JSON.parse(afterConfig.stdout))[0]!.messages.map((message) => message.ruleId)).toEqual(['enum-member-value'])
    expect(await again()).toMatch(/1 from cache/)

    const schema = path.join(cwd(), 'schema.json')
    await writeFile(schema, `${JSON.stringify(embeddedSchema)}\n`)
    expect((await lint(['--cache', '--schema', 'schema.json', 'docs'])).stderr).toMatch(/0 from cache/)
    expect((await lint(['--cache', '--schema', 'schema.json', 'docs'])).stderr).toMatch(/1 from cache/)
    await writeFile(schema, (await readFile(schema, 'utf8')).replace(/\n$/, '\n\n'))
    expect((await lint(['--cache', '--schema', 'schema.json', 'docs'])).stderr).toMatch(/0 from cache/)

    const stored = JSON.parse(await readFile(cacheFile(), 'utf8')) as {settings: string}
    await writeFile(cacheFile(), JSON.stringify({...stored, settings: 'made by locdoc 0.0.0'}))
    expect((await lint(['--cache', '--schema', 'schema.json', 'docs'])).stderr).toMatch(/0 from cache/)
  })

  it('should note and set aside a damaged or foreign cache file, then rewrite it', async () => {
    await addFixtures(cwd(), {'docs/broken.md': 'broken.md'})
    const location = path.join(cwd(), 'cache.json')
    for (const text of ['{"tool": "eslint"', JSON.stringify({tool: 'other', entries: []})]) {
      await writeFile(location, text)
      const run = await lint(['--cache', '--cache-location', 'cache.json', 'docs'])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('locdoc: note: ignoring the cache')
      expect(run.stderr).toMatch(/0 from cache/)
      expect((await lint(['--cache', '--cache-location', 'cache.json', 'docs'])).stderr).toMatch(/1 from cache/)
    }
  })

  it('should lint again only the page whose stored entry is damaged', async () => {
    await withContent()
    const cold = await lint(['--cache', '-f', 'json', 'docs'])
    const pages = Number(/(\d+) pages in/.exec(cold.stderr)?.[1])
    const stored = JSON.parse(await readFile(cacheFile(), 'utf8')) as {entries: Record<string, unknown>}
    const damaged = Object.keys(stored.entries).find((page) => page.endsWith('broken.md'))!
    stored.entries[damaged] = {content: 'not a digest', result: {messages: 'lost'}}
    await writeFile(cacheFile(), JSON.stringify(stored))
    const warm = await lint(['--cache', '-f', 'json', 'docs'])
    expect(warm.stderr).toContain(`${pages - 1} from cache)`)
    expect(warm.stdout).toBe(cold.stdout)
  })

  it('should leave the cache file as it is when every page came from it', async () => {
    await addFixtures(cwd(), {'docs/broken.md': 'broken.md'})
    await lint(['--cache', 'docs'])
    // Rewritten by hand in another layout: a run that stored nothing new must not write it back.
    const relaid = JSON.stringify(JSON.parse(await readFile(cacheFile(), 'utf8')), null, 2)
    await writeFile(cacheFile(), relaid)
    expect((await lint(['--cache', 'docs'])).stderr).toMatch(/1 from cache/)
    expect(await readFile(cacheFile(), 'utf8')).toBe(relaid)
  })

  it('should stop with exit 2 and the schema\'s problem when a page needs a schema that does not load', async () => {
    await addFixtures(cwd(), {'docs/broken.md': 'broken.md'})
    await writeFile(path.join(cwd(), 'schema.json'), '{"types": [')
    const run = await runCli(['lint', '--cache', '--schema', 'schema.json', 'docs'], cwd())
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^locdoc: schema\.json:1:\d+: /m)
    expect(run.stderr).not.toMatch(/\s+at\s/)
  })

  it('should load the schema only when a page is not in the cache', async () => {
    await addFixtures(cwd(), {'docs/broken.md': 'broken.md', 'docs/clean.md': 'clean.md'})
    const pages = ['docs/broken.md', 'docs/clean.md']
    const cache = await LintCache.open(path.join(cwd(), 'unit-cache.json'), 'settings', () => undefined)
    let loads = 0
    const loadApi = async () => {
      loads++
      return createApiIndex(embeddedSchema)
    }
    const run = async () => {
      const results = []
      for await (const result of lintPages(pages, {cwd: cwd(), jobs: 1, cache, loadApi})) results.push(result)
      return results
    }
    const cold = await run()
    expect(loads).toBe(1)
    expect(await run()).toEqual(cold)
    expect(loads).toBe(1)
  })

  it('should put the cache file in a folder given as `--cache-location dir/`', async () => {
    await lint(['--cache', '--cache-location', 'ci-cache/', 'broken.md'])
    expect(JSON.parse(await readFile(path.join(cwd(), 'ci-cache', 'lint-cache.json'), 'utf8'))).toMatchObject({tool: 'locdoc', format: 1})
  })
})

describe('locdoc lint --shard and locdoc merge', () => {
  it('should split the pages into disjoint shards that cover them all', async () => {
    await withContent()
    const all = JsonReport.parse(JSON.parse((await lint(['-f', 'json', 'docs'])).stdout)).map((result) => result.filePath)
    const shards = []
    for (const index of [1, 2, 3]) {
      shards.push(JsonReport.parse(JSON.parse((await lint(['-f', 'json', '--shard', `${index}/3`, 'docs'])).stdout)).map((result) => result.filePath))
    }
    expect(shards.every((shard) => shard.length > 0)).toBe(true)
    expect(shards.flat().sort()).toEqual([...all].sort())
    expect(new Set(shards.flat()).size).toBe(all.length)
  })

  it('should keep every other page in its shard when a page is added', async () => {
    await withContent()
    const shardOf = async () => {
      const shards = new Map<string, number>()
      for (const index of [1, 2, 3]) {
        for (const result of JsonReport.parse(JSON.parse((await lint(['-f', 'json', '--shard', `${index}/3`, 'docs'])).stdout))) shards.set(result.filePath, index)
      }
      return shards
    }
    const before = await shardOf()
    await addFixtures(cwd(), {'docs/aa/new.md': 'broken.md'})
    const after = await shardOf()
    for (const [file, shard] of before) expect(after.get(file)).toBe(shard)
    expect(after.size).toBe(before.size + 1)
  })

  it('should merge the JSON and the SARIF of every shard into the report of an unsharded run, with its exit code', async () => {
    await withContent()
    for (const format of ['json', 'sarif']) {
      const whole = await lint(['-f', format, 'docs'])
      for (const index of [1, 2, 3]) await lint(['-f', format, '--shard', `${index}/3`, '-o', `shard-${index}.${format}`, 'docs'])
      const merged = await runCli(['merge', `shard-1.${format}`, `shard-2.${format}`, `shard-3.${format}`], cwd())
      expect(merged.stdout, format).toBe(whole.stdout)
      expect(merged.code).toBe(whole.code)
      expect(merged.code).toBe(1)
    }
  })

  it('should exit 0 merging clean shards and 2 on a file that is not a report', async () => {
    await lint(['-f', 'json', '-o', 'clean.json', 'clean.md'])
    expect((await runCli(['merge', 'clean.json'], cwd())).code).toBe(0)
    const bad = await runCli(['merge', 'clean.json', 'broken.md'], cwd())
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('locdoc: broken.md: not JSON: ' + bad.stderr.split('not JSON: ')[1])
  })

  it('should reject a shard that is not i/n', async () => {
    for (const shard of ['0/3', '4/3', 'half']) {
      const run = await runCli(['lint', '--shard', shard, 'broken.md'], cwd())
      expect(run.code).toBe(2)
      expect(run.stderr.split('\n')[0]).toContain('expected <i>/<n>')
    }
  })
})

describe('locdoc baseline and lint --baseline', () => {
  it('should fail only on new findings and count new, known and fixed', async () => {
    await addFixtures(cwd(), {'docs/a.md': 'broken.md', 'docs/b.md': 'broken.md'})
    const recorded = await runCli(['baseline', 'docs', '--out', 'baseline.json'], cwd())
    expect(recorded.code, recorded.stderr).toBe(0)
    expect(recorded.stderr).toBe('locdoc: recorded 4 findings on 2 pages in baseline.json\n')

    const unchanged = await lint(['--baseline', 'baseline.json', 'docs'])
    expect(unchanged.code).toBe(0)
    expect(unchanged.stdout).toBe('')
    expect(unchanged.stderr).toContain('locdoc: baseline: 0 new, 4 known (not reported), 0 fixed since it was recorded\n')

    // b.md gets fixed; a new page brings its two findings.
    await rm(path.join(cwd(), 'docs/b.md'))
    await addFixtures(cwd(), {'docs/b.md': 'clean.md', 'docs/c.md': 'broken.md'})
    const changed = await lint(['--baseline', 'baseline.json', '-f', 'json', 'docs'])
    expect(changed.code).toBe(1)
    expect(changed.stderr).toContain('locdoc: baseline: 2 new, 2 known (not reported), 2 fixed since it was recorded\n')
    const results = JsonReport.parse(JSON.parse(changed.stdout))
    expect(results.map((result) => [path.basename(result.filePath), result.errorCount])).toEqual([
      ['a.md', 0],
      ['b.md', 0],
      ['c.md', 2]
    ])
  })

  it('should exit 2 naming a baseline file that is not one', async () => {
    await writeFile(path.join(cwd(), 'baseline.json'), '[]')
    const run = await runCli(['lint', '--baseline', 'baseline.json', 'broken.md'], cwd())
    expect(run.stderr).toBe(
      'locdoc: baseline.json: not a locdoc baseline (expected `"tool": "locdoc-baseline"`, `"version": 1`)\n'
    )
    expect(run.code).toBe(2)
  })
})
