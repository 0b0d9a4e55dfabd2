/**
 * The every-page walk, in three parts (every-page.test.ts, every-page-2.test.ts, every-page-3.test.ts)
 * so the run's workers share it. Every page of the browser twin (test/support/pages.ts) on a 375×812
 * phone over the demo union, viewed as its case's viewer (each viewer's first page opened straight at
 * its route, the rest reached inside the running app as a link would): it must show the words its case names and
 * no error, log no console error, and fit the phone; a screenshot of each is kept. The last cases
 * break pages on purpose and expect that judgement to fail, so it keeps meaning it.
 */
import { ERROR_SELECTOR, expectPageShows, type PageView } from '../support/page-check'
import { httpPort, seedPageData, type SeedIds } from '../support/page-seed'
import { pageCase, PAGES, UNBOUND_PAGES, routeOf, VIEWERS, type PageCase } from '../support/pages'
import { useLocalApp, type Journey } from './support'

;(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c
// the browser twin's page list (切换身份 is in the H5 build only)
process.env.TARO_ENV = 'h5'
const config = require('../../src/app.config').default as { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
const routes = [...config.pages, ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]

/** Registers the walk over every `of`-th page case starting at `index`; the first part also checks the page list and breaks pages on purpose. */
export function everyPageWalk(index: number, of: number): void {
  const env = useLocalApp()
  const mine = <T>(cases: T[]) => cases.filter((_, i) => i % of === index)

  let ids: SeedIds
  beforeAll(async () => {
    ids = await seedPageData(httpPort(env.app.url))
  })

  /** The page on screen: its text, and the text of any error it shows. */
  async function viewOf(j: Journey): Promise<PageView> {
    const screen = j.screen()
    if (!(await screen.count())) return { text: '', errors: [] }
    return { text: await screen.innerText({ timeout: 1000 }).catch(() => ''), errors: await screen.locator(ERROR_SELECTOR).allInnerTexts() }
  }

  interface VisitOptions {
    /** The page's query instead of its case's own. */
    query?: Record<string, string>
    /** Runs on the home page, before the page is opened (to break its calls). */
    before?: (j: Journey) => Promise<void>
    timeoutMs?: number
  }

  // one phone per viewer, kept open across its visits: the first opens the app at its page (a
  // fresh load, as a shared link opens), the rest move there inside the app (Journey.moveTo)
  const phones = new Map<string, Journey>()

  /** Opens c's page as its viewer and judges it as every case is judged; answers the open journey (release it with done). */
  async function visit(c: PageCase, { query, before, timeoutMs = 8000 }: VisitOptions = {}): Promise<Journey> {
    const route = routeOf(c, ids, query)
    const kept = before ? undefined : phones.get(c.as)
    // a visit that breaks its page's calls gets a phone of its own
    const j = kept ?? (await env.open({ as: VIEWERS[c.as], ...(before ? {} : { at: route, samePhone: true }) }))
    if (!before) phones.set(c.as, j)
    try {
      if (kept) await kept.moveTo(route)
      if (before) {
        await before(j)
        await j.goto(route)
      }
      await expectPageShows(c, () => viewOf(j), { timeoutMs, pollMs: 100 })
      return j
    } catch (e) {
      await done(j, { failed: true })
      throw e
    }
  }

  /** Ends a visit: the viewer's phone stays open for its next one, unless this visit failed (the next starts on a fresh load). */
  async function done(j: Journey, { failed = false } = {}): Promise<void> {
    const mine = [...phones].find(([, p]) => p === j)
    if (mine && !failed) return
    if (mine) phones.delete(mine[0])
    await j.close()
  }

  if (index === 0)
    it('has one case for every page of the browser twin', () => {
      // at least one case a page (a page may have one per viewer), and none for a page that is not built
      expect([...new Set(PAGES.map((c) => c.path))].sort()).toEqual([...routes].sort())
    })

  it.each(mine(PAGES).map((c) => [c.path, c.as, c] as const))('%s shows its content to the %s on a phone', async (_path, _as, c) => {
    const j = await visit(c)
    let healthy = false
    try {
      await j.shot(`page-${c.path.replace(/\//g, '-').replace(/-index$/, '')}`)
      await j.expectHealthy({ settled: true })
      healthy = true
    } finally {
      await done(j, { failed: !healthy })
    }
  })

  it.each(mine(UNBOUND_PAGES).map((c) => [c.path, c] as const))('%s asks a phone bound to no member to bind', async (_path, c) => {
    const j = await visit(c)
    let healthy = false
    try {
      // nothing to fill in before 去绑定
      expect(await j.screen().locator('input, textarea').count()).toBe(0)
      await j.expectHealthy()
      healthy = true
    } finally {
      await done(j, { failed: !healthy })
    }
  })

  if (index === 0)
    describe('a page case fails when its page cannot show its content', () => {
      it('activity-detail, when activity.get answers INTERNAL (as a handler that throws does)', async () => {
        const failGet = async (j: Journey) => {
          await j.page.route('**/fn/activity', (route) => {
            if (route.request().postDataJSON()?.action !== 'get') return route.continue()
            return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }) })
          })
        }
        await expect(visit(pageCase('pages/activity-detail/index'), { before: failGet })).rejects.toThrow(/shows an error instead of its content: “服务暂时不可用/)
      })

      it('activity-edit, pointed at an activity that does not exist (its error line, not a banner)', async () => {
        await expect(visit(pageCase('officer/pages/activity-edit/index'), { query: { id: 'no-such-activity' } })).rejects.toThrow(/shows an error instead of its content/)
      })

      it('competition-event, pointed at an event that does not exist', async () => {
        await expect(visit(pageCase('pages/competition-event/index'), { query: { id: 'no-such-event' } })).rejects.toThrow(/shows an error instead of its content/)
      })

      it('notice, pointed at a notice that does not exist (its empty state lacks the notice)', async () => {
        await expect(visit(pageCase('pages/notice/index'), { query: { id: 'no-such-notice' }, timeoutMs: 3000 })).rejects.toThrow(/never showed “关于组织 2026 年度工会会员健康体检的通知”/)
      })
    })
}
