import { sha256Hex } from '../../types/draw'
import { CHAIR, createHarness } from '../support/harness'
import { lockKeyedDraw } from '../support/keyed-draw'
import { publishBatchOf, submitAs } from '../support/suggestion-phone'
import type { Harness } from '../support/harness'
import { renderPage } from './harness'

/** Submitted anonymously with a token, and its 17:00 batch published. */
async function submitted(on: Harness, openid: string, content: string, category: string) {
  const r = await submitAs(on, openid, content, category)
  await publishBatchOf(on, r.publishesAt)
  return r
}

it('公开栏 shows each number’s dated timeline, the prizes, and a lucky draw the phone verifies itself', async () => {
  const h = createHarness({ now: '2026-11-03T02:00:00.000Z' })
  const [a, b] = await h.members([
    { name: '陈思远', unit: '语文组', openid: 'phone-chen' },
    { name: '周婷', unit: '数学组', openid: 'phone-zhou' }
  ])
  // the chair and a 经审委员 lock their keys while November is open
  const [auditor] = await h.members([{ name: '林审计', unit: '行政', openid: 'phone-lin' }])
  await h.ok('member', CHAIR, { action: 'tag', memberId: auditor.id, tags: ['经审委员'] })
  const kit = await lockKeyedDraw(h, '2026-11', auditor)
  const one = await submitted(h, a.openid!, '食堂晚餐延长到七点', '后勤')
  const two = await submitted(h, b.openid!, '门厅放雨伞架', '其他')
  h.setNow('2026-11-05T02:00:00.000Z')
  await h.ok('suggestion', CHAIR, { action: 'forward', number: one.number, forwardedTo: '后勤处', dueDate: '2026-11-12', reply: '已转后勤处' })
  h.setNow('2026-11-10T02:00:00.000Z')
  await h.ok('suggestion', CHAIR, { action: 'reply', number: one.number, status: 'adopted', reply: '12 月起供应到 19:00' })
  await h.ok('suggestion', CHAIR, { action: 'reply', number: two.number, status: 'rejected', reply: '门厅是消防通道' })
  h.setNow('2026-12-01T02:00:00.000Z')
  await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: one.number, prize: '一等奖' }] })
  await kit.reveal()

  const page = await renderPage('pages/suggestions/index', { openid: 'phone-zhou', cloud: h.cloud })
  await page.waitForText('2026年12月公开栏')
  await page.tap('.suggestions__prev')
  await page.waitForText('食堂晚餐延长到七点')
  const text = page.text()
  expect(text).toContain('2026年11月公开栏')
  expect(text).toMatch(/11月5日\s*已转交 · 后勤处（11月12日前答复）\s*已转后勤处/)
  expect(text).toMatch(/11月10日\s*已采纳\s*12 月起供应到 19:00/)
  expect(text).toContain('门厅是消防通道')
  expect(text).toContain('一等奖')
  expect(text).toContain('奖品待认领')
  expect(text).toContain('幸运抽奖 · 1 名')
  expect(text).toContain('已验证')
  // plain words first; the secret and the mathematics only behind 如何验证
  expect(text).toContain('抽奖结果可验证')
  expect(text).not.toContain(kit.chairSecret)
  expect(text).not.toContain(sha256Hex(kit.otherSecret))
  await page.tap('.draw-proof__toggle')
  await page.waitForText(kit.chairSecret)
  expect(page.text()).toContain(sha256Hex(kit.otherSecret))
})
