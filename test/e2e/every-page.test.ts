/**
 * Every page of the app, opened in a 375×812 phone as the chair (who may open all of them) over the
 * seeded demo union: a screenshot of each, no console errors, nothing wider than the phone.
 */
import type { Browser } from 'playwright-core'
import { launchBrowser, openJourney, startLocalCloud, type LocalApp } from './support'

;(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c
// the browser twin's page list (切换身份 is in the H5 build only)
process.env.TARO_ENV = 'h5'
// eslint-disable-next-line @typescript-eslint/no-var-requires
const config = require('../../src/app.config').default as { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
const pages = [...config.pages, ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]

const CHAIR = 'demo-chair'
let app: LocalApp
let browser: Browser
/** Query strings that point detail pages at real demo records. */
const queries: Record<string, string> = {}

async function data<T = any>(fn: string, event: Record<string, unknown>): Promise<T | undefined> {
  const r = await app.call<T>(fn, CHAIR, event)
  return r.ok ? r.data : undefined
}

beforeAll(async () => {
  app = await startLocalCloud()
  browser = await launchBrowser()
  const notice = (await data('notice', { action: 'list' }))?.items?.[0]?.id
  const activity = (await data('activity', { action: 'list' }))?.items?.[0]?.id
  const competition = (await data('competition', { action: 'list' }))?.items?.[0]?.id
  const events = competition ? (await data('competition', { action: 'get', id: competition }))?.events : undefined
  const event = events?.[0]?.id
  const number = (await data('suggestion', { action: 'inbox' }))?.items?.[0]?.number
  for (const p of pages) {
    if (/notice/.test(p) && notice) queries[p] = `?id=${notice}`
    else if (/activity/.test(p) && activity) queries[p] = `?id=${activity}`
    else if (/competition-(record|entries)/.test(p) && event) queries[p] = `?eventId=${event}`
    else if (/competition-event/.test(p) && event) queries[p] = `?id=${event}`
    else if (/competition-/.test(p) && competition) queries[p] = `?id=${competition}`
    else if (/suggestion-(handle|claim)/.test(p) && number) queries[p] = `?number=${number}`
    else if (/greeting-template\//.test(p)) queries[p] = '?occasion=birthday'
  }
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

it('has pages to visit', () => {
  expect(pages.length).toBeGreaterThan(10)
})

it.each(pages)('%s renders on a phone', async (page) => {
  const j = await openJourney(browser, app, { as: CHAIR })
  try {
    await j.goto(`/${page}${queries[page] ?? ''}`)
    await j.screen().waitFor()
    await j.page.waitForTimeout(300)
    expect(await j.screen().innerText()).toMatch(/[\u4e00-\u9fa5]/)
    await j.shot(`page-${page.replace(/\//g, '-').replace(/-index$/, '')}`)
    await j.expectHealthy()
  } finally {
    await j.close()
  }
})
