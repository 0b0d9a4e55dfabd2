import { verifyKeyedDraw } from '../../types/draw'
import type { DrawInfo } from '../../types/suggestion'
import type { Harness } from '../support/harness'
import { submitAs } from '../support/suggestion-phone'
import type { Browser } from 'playwright-core'
import { firstOfNextMonth, type JourneyOptions, launchBrowser, type LocalApp, openJourney, setAppClock, startLocalCloud } from './support'

const CHAIR = 'e2e-chair'
let app: LocalApp | undefined
let browser: Browser | undefined
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())
// an empty store for each attempt: the journey sets up its own union, so the draw's figures are its
// own, and a retry starts over rather than finding its phones bound and its keys locked
beforeEach(async () => {
  app = await startLocalCloud({ seed: false, env: { UNION_CHAIR_OPENIDS: CHAIR } })
})
afterEach(() => app?.stop())
const env = {
  get app() {
    if (!app) throw new Error('the local cloud did not start')
    return app
  },
  open: (o: JourneyOptions) => openJourney(browser!, env.app, o)
}
const setClock = (now: string | null) => setAppClock(env.app, now)
const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)

/** The phones' calls over HTTP, in the harness's shape (test/support/suggestion-phone takes tokens through it). */
const api = () => {
  const call = env.app.call as Harness['call']
  const ok = async (fn: string, openid: string, event: Record<string, unknown>) => {
    const r = await call(fn, openid, event)
    if (!r.ok) throw new Error(`${fn}.${String(event.action)} failed: ${r.error.code} ${r.error.message}`)
    return r.data
  }
  return { call, ok } as unknown as Harness
}

it('two keyholders lock their keys in the month, reveal after it, and a member’s phone shows the winners 已验证', async () => {
  const h = api()
  await h.ok('member', CHAIR, { action: 'setup' })
  const { created } = await h.ok('member', CHAIR, {
    action: 'import',
    members: [
      { name: '周婷', unit: '数学组', gender: 'F' },
      { name: '陈思远', unit: '语文组', gender: 'M' }
    ]
  })
  await h.ok('member', 'e2e-auditor', { action: 'bind', inviteCode: created[0].inviteCode })
  await h.ok('member', 'e2e-member', { action: 'bind', inviteCode: created[1].inviteCode })
  await h.ok('member', CHAIR, { action: 'tag', memberId: created[0].id, tags: ['经审委员'] })
  for (const idea of ['建议食堂晚餐延长到 19:00。', '建议教工停车场加装路灯。', '建议复印室错峰排队。']) await submitAs(h, 'e2e-member', idea, '后勤')

  // the chair chooses the 经审委员 as the second keyholder and locks her own key
  const chair = await env.open({ as: CHAIR, at: '/officer/pages/suggestion-awards/index' })
  const awards = () => chair.page.locator('.awards:visible')
  await awards().locator('.awards__arrow').last().click()
  await awards().getByText('经审委员 周婷', { exact: true }).click()
  await awards().getByText('选定密钥保管人').click()
  await awards().getByText('生成密钥并锁定').click()
  await awards().locator('.draw-key__secret').waitFor()
  await chair.shot('suggestion-draw-chair-locked')
  await chair.expectHealthy()

  // the 经审委员 locks hers from her own phone, on the 建议 page
  const auditor = await env.open({ as: 'e2e-auditor', at: '/pages/suggestions/index' })
  const board = (j: typeof auditor) => j.page.locator('.suggestions:visible')
  await board(auditor).getByText('我是经审委员，本月抽奖的密钥保管人').waitFor()
  await board(auditor).getByText('生成密钥并锁定').click()
  await board(auditor).locator('.draw-key__secret').waitFor()
  await board(auditor)
    .getByText(/待揭晓/)
    .first()
    .waitFor()
  await auditor.shot('suggestion-draw-auditor-locked')
  await auditor.expectHealthy()

  // the month closes; each reveals the key kept on their phone
  await setClock(firstOfNextMonth())
  await chair.page.reload()
  await awards().locator('.awards__arrow').last().click()
  await awards().getByText('揭晓我的密钥').click()
  await awards()
    .getByText(/还在等|等其他保管人揭晓/)
    .waitFor()
  await auditor.page.reload()
  // the board of this month first, then last month's with her key on it
  await auditor.page.waitForLoadState('networkidle')
  await board(auditor).locator('.suggestions__prev').click()
  await board(auditor).getByText('我是经审委员，本月抽奖的密钥保管人').waitFor()
  await board(auditor).getByText('揭晓我的密钥').click()
  await board(auditor).getByText('已验证').waitFor()

  // any member's phone recomputes the winners from the two reveals and the list fixed at the close
  const chen = await env.open({ as: 'e2e-member', at: '/pages/suggestions/index' })
  await board(chen).locator('.suggestions__prev').click()
  await board(chen).getByText('已验证').waitFor()
  const text = await board(chen).locator('.draw-proof').innerText()
  expect(text).toMatch(/中奖号码：\s*\d{4}-[2-9A-Z]{4}/)
  expect(text).toContain('工会主席')
  expect(text).toContain('经审委员 周婷')
  await board(chen).locator('.draw-proof').scrollIntoViewIfNeeded()
  await chen.shot('suggestion-draw-verified')
  await chen.expectHealthy()
  const { draw } = (await h.ok('suggestion', 'e2e-member', { action: 'board', month: thisMonth() })) as unknown as { draw: DrawInfo }
  const parts = (draw.keyholders ?? []).map((k) => ({ commitment: k.commitment as string, secret: k.secret }))
  expect(verifyKeyedDraw({ parts, eligible: draw.eligible ?? [], eligibleHash: draw.eligibleHash ?? '', count: draw.count, winners: draw.winners ?? [] })).toBe(true)
  expect(draw.eligible).toHaveLength(3)
  for (const j of [chair, auditor, chen]) await j.close()
}, 180_000)
