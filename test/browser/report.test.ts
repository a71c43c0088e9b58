import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../cli/run-cli.js'

const chromiumPath = '/usr/bin/chromium'

/** The page's `document`, typed for the little the tests ask of it (the project has no DOM types). */
type BrowserGlobal = {document: {querySelector(selector: string): {id: string; getBoundingClientRect(): {top: number}} | null}}
const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
const hostilePage = fileURLToPath(new URL('../fixtures/fix/hostile/page.md', import.meta.url))
const screenshot = fileURLToPath(new URL('../output/report.png', import.meta.url))
const notesScreenshot = '/work/notes/report.png'

describe.skipIf(!existsSync(chromiumPath))(`report in headless Chromium (needs ${chromiumPath}: apt-get install chromium)`, () => {
  let browser: BrowserContext
  let workspace: string

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'locdoc-browser-'))
    // A fresh profile per run: playwright takes it as the persistent context's user data dir.
    browser = await chromium.launchPersistentContext(path.join(workspace, 'profile'), {
      executablePath: chromiumPath,
      viewport: {width: 1400, height: 1000},
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
  })

  afterAll(async () => {
    await browser?.close()
    await rm(workspace, {recursive: true, force: true})
  })

  async function openReport(html: string) {
    const page = await browser.newPage()
    // Nothing may be fetched: the report is self-contained.
    const requests: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    await page.goto(pathToFileURL(html).href)
    return {page, requests}
  }

  describe.skipIf(!existsSync(seeds))('on the seed pages (needs ../shared/seeds)', () => {
    it('should show the finding counts by rule and one finding row as rendered text', async () => {
      const pages = (await readdir(seeds)).filter((name) => name.endsWith('.txt')).map((name) => path.join(seeds, name))
      const html = path.join(workspace, 'seeds', 'report.html')
      const run = await runCli(['report', ...pages, '--html', html], workspace)
      expect(run.code, run.stderr).toBe(1)

      const {page, requests} = await openReport(html)
      await page.locator('details.summary-details summary').click()
      const byRule = Object.fromEntries(
        await page.locator('#by-rule tbody tr').evaluateAll((rows) =>
          rows.map((row) => {
            const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')
            return [cells[0], Number(cells[1])] as const
          })
        )
      )
      expect(byRule).toEqual({
        'enum-member-name': 7,
        'enum-member-value': 7,
        'header-name': 1,
        'header-value': 2,
        'property-name': 1,
        'type-name': 3,
        Total: 21
      })
      await expect.poll(() => page.locator('p.lead').innerText()).toContain('21 errors')
      const localeTotal = await page.locator('#by-locale tr.total td').allInnerTexts()
      expect(localeTotal.slice(0, 3)).toEqual(['Total', '5', '21'])

      const seed000 = page.locator('section.file', {hasText: '000_8a455823f8ade722.txt'})
      const row = seed000.locator('tr.finding', {hasText: 'enum-member-value'}).first()
      const cells = await row.locator('td').allInnerTexts()
      expect(cells[2]).toBe('enum-member-value')
      expect(cells[3]).toBe('.0')
      expect(cells[4]).toBe('0')
      expect(cells[5]).toBe('.0 → 0')
      // The line links to the finding itself: a line anchor on a local Markdown file leads nowhere.
      const rowId = await row.locator('xpath=..').getAttribute('id')
      expect(await row.locator('td').first().locator('a').getAttribute('href')).toBe(`#${rowId}`)
      expect(await seed000.locator('h2 a').getAttribute('href')).toMatch(/000_8a455823f8ade722\.txt$/)
      expect(await row.locator('a[href^="https://"]').getAttribute('href')).toMatch(/#enum-member-value$/)
      expect(requests).toEqual([])

      await mkdir(path.dirname(screenshot), {recursive: true})
      await page.screenshot({path: screenshot, fullPage: false})
      if (existsSync(path.dirname(notesScreenshot))) await copyFile(screenshot, notesScreenshot)
      await page.close()
    })
  })

  it('should show script and onerror from a page as text without running them', async () => {
    const html = path.join(workspace, 'hostile', 'report.html')
    const run = await runCli(['report', hostilePage, '--html', html], workspace)
    expect(run.code, run.stderr).toBe(1)

    const {page, requests} = await openReport(html)
    expect(await page.evaluate(() => (globalThis as {__pwned?: unknown}).__pwned)).toBeUndefined()
    // The one script is the report's own filter script.
    expect(await page.locator('script').count()).toBe(1)
    expect(await page.locator('script').textContent()).not.toContain('__pwned')
    expect(await page.locator('img').count()).toBe(0)
    const text = await page.locator('main').innerText()
    expect(text).toContain('aucun<script>window.__pwned=1</script>')
    expect(text).toContain('deux<img src=x onerror="window.__pwned=1">')
    expect(requests).toEqual([])
    await page.close()
  })

  it('should render a page to HTML where the page script neither runs nor loads', async () => {
    const html = path.join(workspace, 'hostile', 'page.html')
    const run = await runCli(['render', hostilePage, '--out', html], workspace)
    expect(run.code, run.stderr).toBe(0)

    const {page} = await openReport(html)
    expect(await page.evaluate(() => (globalThis as {__pwned?: unknown}).__pwned)).toBeUndefined()
    expect(await page.locator('script, img').count()).toBe(0)
    expect(await page.locator('table tbody tr').count()).toBe(3)
    expect(await page.locator('table tbody tr').last().locator('td').nth(1).innerText()).toBe('2')
    expect(await page.locator('a', {hasText: 'la ressource'}).getAttribute('href')).toBeNull()
    expect(await page.locator('pre code').innerText()).toContain('<script>window.__pwned=1</script>')
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-FR')
    expect(await page.locator('h2#members').innerText()).toBe('Membres')
    await page.goto(`${pathToFileURL(html).href}#members`)
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobal).document.querySelector(':target')?.id)).toBe('members')
    await page.close()
  })
})

const content = fileURLToPath(new URL('../../content/', import.meta.url))
const reviewScreenshot = fileURLToPath(new URL('../output/review.png', import.meta.url))

describe.skipIf(!existsSync(chromiumPath) || !existsSync(seeds))(`review page of the seeds and content/ in headless Chromium (needs ${chromiumPath} and ../shared/seeds)`, () => {
  let browser: BrowserContext
  let workspace: string
  let html: string

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'locdoc-review-'))
    browser = await chromium.launchPersistentContext(path.join(workspace, 'profile'), {
      executablePath: chromiumPath,
      viewport: {width: 1400, height: 1000},
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    const pages = (await readdir(seeds)).filter((name) => name.endsWith('.txt')).map((name) => path.join(seeds, name))
    html = path.join(workspace, 'review.html')
    const run = await runCli(['report', ...pages, content, hostilePage, '--html', html], workspace)
    expect(run.code, run.stderr).toBe(1)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await rm(workspace, {recursive: true, force: true})
  })

  /** data-* of every finding, and whether it is shown. */
  async function findings(page: Page) {
    return page.locator('tbody.finding-group').evaluateAll((groups) =>
      groups.map((group) => ({
        rule: group.getAttribute('data-rule'),
        locale: group.getAttribute('data-locale'),
        category: group.getAttribute('data-category'),
        severity: group.getAttribute('data-severity'),
        visible: (group as unknown as {offsetParent: unknown}).offsetParent !== null,
        text: group.textContent ?? ''
      }))
    )
  }

  it('should filter by rule and locale, search, follow contents links and show page text as text', async () => {
    const page = await browser.newPage()
    const requests: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(pathToFileURL(html).href)

    const all = await findings(page)
    expect(all.length).toBeGreaterThan(50)
    expect(all.every((finding) => finding.visible)).toBe(true)
    expect(await page.locator('#shown').innerText()).toBe(`Showing all ${all.length} findings`)
    const locales = new Set(all.map((finding) => finding.locale))
    expect([...locales]).toEqual(expect.arrayContaining(['de-DE', 'ja-JP', 'ru-RU', 'zh-CN', 'fr-FR']))

    // A rule filter leaves exactly that rule's findings.
    await page.locator('#filters label', {has: page.locator('input[name=rule][value="enum-member-value"]')}).click()
    const byRule = await findings(page)
    const ruleCount = all.filter((finding) => finding.rule === 'enum-member-value').length
    expect(ruleCount).toBeGreaterThan(3)
    expect(byRule.filter((finding) => finding.visible).map((finding) => finding.rule)).toEqual(Array(ruleCount).fill('enum-member-value'))
    expect(await page.locator('#shown').innerText()).toBe(`Showing ${ruleCount} of ${all.length} findings`)

    // A locale filter narrows it further; the contents list follows.
    await page.locator('#filters label', {has: page.locator('input[name=locale][value="ja-JP"]')}).click()
    const byRuleAndLocale = (await findings(page)).filter((finding) => finding.visible)
    const expected = all.filter((finding) => finding.rule === 'enum-member-value' && finding.locale === 'ja-JP').length
    expect(expected).toBeGreaterThan(0)
    expect(expected).toBeLessThan(ruleCount)
    expect(byRuleAndLocale).toHaveLength(expected)
    expect(byRuleAndLocale.every((finding) => finding.locale === 'ja-JP' && finding.rule === 'enum-member-value')).toBe(true)
    expect(await page.locator('#contents li.locale:visible .locale-name').allInnerTexts()).toEqual(['ja-JP'])
    expect(await page.locator('#contents li.locale:visible .locale-count').innerText()).toBe(String(expected))

    // Category and severity filters combine like the others.
    await page.locator('#reset').click()
    await page.locator('#filters label', {has: page.locator('input[name=category][value="translation"]')}).click()
    const translation = (await findings(page)).filter((finding) => finding.visible)
    expect(translation.length).toBe(all.filter((finding) => finding.category === 'translation').length)
    expect(translation.every((finding) => finding.category === 'translation')).toBe(true)
    await page.locator('#filters label', {has: page.locator('input[name=severity][value="error"]')}).click()
    expect((await findings(page)).filter((finding) => finding.visible).every((finding) => finding.severity === 'error' && finding.category === 'translation')).toBe(true)

    // A search over token, message and context: `pbm-2` is the Japanese value shown for `2`.
    await page.locator('#reset').click()
    await page.locator('#search').fill('pbm-2')
    const searched = (await findings(page)).filter((finding) => finding.visible)
    expect(searched.length).toBeGreaterThan(0)
    expect(searched.length).toBeLessThan(all.length)
    expect(searched.every((finding) => finding.text.toLowerCase().includes('pbm-2'))).toBe(true)
    const pbmRow = page.locator('tbody.finding-group:visible', {hasText: 'enum-member-value'}).first()
    // The row in context: localized beside English, the token at fault marked.
    expect(await pbmRow.locator('tr.localized mark').innerText()).toBe('pbm-2')
    expect(await pbmRow.locator('tr.english mark').innerText()).toBe('2')
    expect(await pbmRow.locator('pre.diff del').innerText()).toBe('pbm-2')
    expect(await pbmRow.locator('pre.diff ins').innerText()).toBe('2')
    await page.locator('#search').fill('')

    // Contents links land on their file; each file carries its page's language.
    const zhLink = page.locator('#contents li.locale[data-locale="zh-CN"] a').first()
    const target = (await zhLink.getAttribute('href'))!
    await zhLink.click()
    expect(new URL(page.url()).hash).toBe(target)
    const section = page.locator(`section${target}`)
    expect(await section.getAttribute('lang')).toBe('zh-CN')
    expect(await page.evaluate((selector) => Math.round((globalThis as unknown as BrowserGlobal).document.querySelector(selector)!.getBoundingClientRect().top), target)).toBeLessThan(5)
    expect(await page.locator('section.file[lang="ja-JP"]').count()).toBeGreaterThan(0)

    // Page text with markup is text: nothing from a page runs.
    const hostile = page.locator('section.file', {hasText: 'page.md'})
    const hostileText = await hostile.innerText()
    expect(hostileText).toContain('aucun<script>window.__pwned=1</script>')
    expect(hostileText).toContain('deux<img src=x onerror="window.__pwned=1">')
    expect(await page.evaluate(() => (globalThis as {__pwned?: unknown}).__pwned)).toBeUndefined()
    expect(await page.locator('img').count()).toBe(0)

    expect(requests).toEqual([])
    expect(errors).toEqual([])
    await page.locator('#contents a').first().click()
    await mkdir(path.dirname(reviewScreenshot), {recursive: true})
    await page.screenshot({path: reviewScreenshot})
    await page.close()
  }, 60_000)
})
