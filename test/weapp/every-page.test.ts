/**
 * Every page of the compiled mini-program (test/support/pages.ts) in miniprogram-simulate over the
 * demo union, viewed as its case's viewer: it must show the words its case names, and no error.
 * The last cases break pages on purpose and expect that judgement to fail, so it keeps meaning it.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { seedDemo, SEED_CHAIR } from '../../cloudfunctions/_local/seed'
import { ERROR_SELECTOR, expectPageShows, type PageView } from '../support/page-check'
import { localPort, seedPageData, type SeedIds } from '../support/page-seed'
import { pageCase, PAGES, UNBOUND_PAGES, VIEWERS, type PageCase } from '../support/pages'
import type { RenderedPage } from './harness'

const ROOT = resolve(process.env.WEAPP_DIST ?? 'dist/weapp')
const app = JSON.parse(readFileSync(join(ROOT, 'app.json'), 'utf8')) as { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
const built = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => join(s.root, p)))]
const cases = PAGES.filter((c) => !c.h5Only)

let cloud: LocalCloud
let ids: SeedIds
beforeAll(async () => {
  // real time, as in the browser runner: pages that pick a month (评奖) read the phone's clock
  cloud = new LocalCloud({ env: { UNION_CHAIR_OPENIDS: SEED_CHAIR }, quiet: true })
  await seedDemo(cloud)
  ids = await seedPageData(localPort(cloud))
  // the whole demo union, seeded while npm test's other lane builds: a minute is not always enough
}, 180_000)

afterAll(() => cloud?.close())

const viewOf = (page: RenderedPage): PageView => ({
  text: page.text(),
  errors: Array.from((page.component.dom as HTMLElement).querySelectorAll(ERROR_SELECTOR)).map((e) => e.textContent ?? '')
})

/** Renders c's page (with query, default c's own) and judges it as every case is judged. */
async function visit(c: PageCase, query = c.query?.(ids)): Promise<void> {
  // each page gets a fresh module registry: the Taro runtime and React are module state
  await jest.isolateModulesAsync(async () => {
    const { renderPage } = require('./harness') as typeof import('./harness')
    const page = await renderPage(c.path, { openid: VIEWERS[c.as], cloud, query })
    await expectPageShows(c, async () => (await page.settle(20), viewOf(page)), { timeoutMs: 3000 })
  })
}

it('has one case for every page of the mini-program', () => {
  // at least one case a page (a page may have one per viewer), and none for a page that is not built
  expect([...new Set(cases.map((c) => c.path))].sort()).toEqual([...built].sort())
})

it.each(cases.map((c) => [c.path, c.as, c] as const))('%s shows its content to the %s', async (_path, _as, c) => {
  await visit(c)
})

it.each(UNBOUND_PAGES.map((c) => [c.path, c] as const))('%s asks a phone bound to no member to bind', async (_path, c) => {
  await visit(c)
})

/**
 * Visits c while every read of `collection` fails as a timed-out request does: pages ask again when
 * they show, and that second ask may come after the first has failed, so one fault is not enough.
 */
async function visitWhileReadsFail(collection: string, c: PageCase): Promise<void> {
  cloud.failNext('getDocument', collection, { times: 4 })
  try {
    await visit(c)
  } finally {
    cloud.clearFaults()
  }
}

describe('a page case fails when its page cannot show its content', () => {
  it('activity-detail, when activity.get fails (the activities read times out)', async () => {
    await expect(visitWhileReadsFail('activities', pageCase('pages/activity-detail/index'))).rejects.toThrow(/shows an error instead of its content: “服务暂时不可用/)
  })

  it('activity-edit, when loading the activity fails (its error line, not a banner)', async () => {
    await expect(visitWhileReadsFail('activities', pageCase('officer/pages/activity-edit/index'))).rejects.toThrow(/shows an error instead of its content: “服务暂时不可用/)
  })

  it('我的, when member.me fails (the members read times out)', async () => {
    await expect(visitWhileReadsFail('members', pageCase('pages/mine/index'))).rejects.toThrow(/shows an error instead of its content/)
  })

  it('competition-event, pointed at an event that does not exist', async () => {
    await expect(visit(pageCase('pages/competition-event/index'), { id: 'no-such-event' })).rejects.toThrow(/shows an error instead of its content/)
  })

  it('notice, pointed at a notice that does not exist (its empty state lacks the notice)', async () => {
    await expect(visit(pageCase('pages/notice/index'), { id: 'no-such-notice' })).rejects.toThrow(/never showed “关于组织 2026 年度工会会员健康体检的通知”/)
  })
})
