/**
 * The dashboard in a real headless Chromium (Debian `chromium`, driven by playwright-core): no console error, no
 * request but the file itself, the four views visible, hostile test names rendered as text. Saves a screenshot to
 * __tests__/observability/__artifacts__/dashboard.png. Skips, saying so, only where /usr/bin/chromium is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { renderDashboard, writeObservability } from '../../src/observability/index.js'
import { readHistory } from '../../src/observability/metrics.js'
import { HOSTILE_NAME, makeReport } from './fixtures.js'
import { writeSyntheticHistory } from './history-fixture.js'

const CHROMIUM = '/usr/bin/chromium'
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '__artifacts__')
const present = existsSync(CHROMIUM)
if (!present) {
  console.warn(`SKIPPED: the dashboard browser test needs Chromium at ${CHROMIUM} (apt-get install -y chromium); it is absent here.`)
}
const suite = present ? describe : describe.skip

suite('dashboard in headless Chromium', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    dir = await mkdtemp(join(tmpdir(), 's2p-browser-'))
  })
  afterAll(async () => {
    await browser?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  async function open(file: string, viewport = { width: 1280, height: 900 }) {
    const page = await browser.newPage({ viewport })
    const problems: string[] = []
    const requests: string[] = []
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`)
    })
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`))
    page.on('request', (req) => requests.push(req.url()))
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`))
    const url = pathToFileURL(file).href
    await page.goto(url, { waitUntil: 'load' })
    return { page, problems, requests, url }
  }

  it('renders the run with its history: four views, no script, no network, hostile names as text', async () => {
    const now = Date.parse('2025-10-20T12:00:10.000Z')
    const ws = join(dir, '.spec-to-production')
    await writeSyntheticHistory(ws, { component: 'player_experience', days: 30, runsPerDay: 2, gates: 6, now: now - 86_400_000 })
    const dashboardPath = join(dir, 'workflow_dashboard_player_experience.html')
    const report = makeReport()
    report.errors = [`</style><script>window.__pwned=3</script>`]
    await writeObservability({ workspaceDir: ws, report, retentionDays: 90, dashboardPath, now })

    const { page, problems, requests, url } = await open(dashboardPath)
    expect(problems).toEqual([])
    expect(requests).toEqual([url])

    for (const id of ['overview', 'quality-gates', 'performance', 'trends']) {
      const section = page.locator(`section#${id}`)
      await expect(section.count()).resolves.toBe(1)
      await expect(section.isVisible()).resolves.toBe(true)
      const box = await section.boundingBox()
      expect(box!.height).toBeGreaterThan(80)
    }
    // Charts laid out with a real size.
    const charts = await page.locator('svg.chart').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))
    expect(charts.length).toBeGreaterThanOrEqual(6)
    for (const w of charts) expect(w).toBeGreaterThan(300)

    // Evaluated in the page (as source text: this project compiles without the DOM library).
    const dom = (await page.evaluate(`({
      text: document.body.textContent ?? '',
      scripts: document.querySelectorAll('script').length,
      imgs: document.querySelectorAll('img').length,
      pwned: window.__pwned ?? null,
      styles: document.querySelectorAll('style').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null
    })`)) as { text: string; scripts: number; imgs: number; pwned: unknown; styles: number; handlers: string[]; csp: string | null }
    expect(dom.text).toContain(HOSTILE_NAME)
    expect(dom.text).toContain('</style><script>window.__pwned=3</script>')
    expect(dom).toMatchObject({ scripts: 0, imgs: 0, pwned: null, styles: 1, handlers: [] })
    expect(dom.csp).toContain("default-src 'none'")
    // The hostile name is one text node inside the findings table, not markup.
    const cell = page.locator('table.findings td.msg').first()
    await expect(cell.textContent()).resolves.toContain(HOSTILE_NAME)
    await expect(cell.locator('*').count()).resolves.toBe(0)
    await expect(page.locator('#trends').textContent()).resolves.not.toContain('No history yet')

    await mkdir(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true })
    await page.close()
  })

  it('shows the no-history state cleanly, also on a narrow screen', async () => {
    const file = join(dir, 'first.html')
    await writeFile(file, renderDashboard({ report: makeReport({ failTests: false }), history: await readHistory(join(dir, 'none')), generatedAt: Date.now() }))
    const { page, problems, requests, url } = await open(file, { width: 420, height: 900 })
    expect(problems).toEqual([])
    expect(requests).toEqual([url])
    await expect(page.locator('#trends .empty-title').textContent()).resolves.toBe('No history yet')
    // Nothing wider than the screen but the charts' own scaling.
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number
    expect(overflow).toBeLessThanOrEqual(0)
    await mkdir(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-first-run-narrow.png'), fullPage: true })
    await page.close()
  })
})
