import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../cli/run-cli.js'

const chromiumPath = '/usr/bin/chromium'
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
      expect(await row.locator('td').first().locator('a').getAttribute('href')).toMatch(/000_8a455823f8ade722\.txt#L\d+$/)
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
    expect(await page.locator('script').count()).toBe(0)
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
    await page.close()
  })
})
