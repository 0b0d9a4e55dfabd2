import { CHAIR, createHarness } from '../support/harness'
import { publishBatchOf, submitAs } from '../support/suggestion-phone'
import type { Harness } from '../support/harness'
import { renderPage } from './harness'

/** Submitted anonymously with a token, and its 17:00 batch published. */
async function submitted(on: Harness, openid: string, content: string, category: string) {
  const r = await submitAs(on, openid, content, category)
  await publishBatchOf(on, r.publishesAt)
  return r
}

it('认领: a wrong claim code is refused plainly; the right one marks the prize claimed', async () => {
  const h = createHarness()
  const [a] = await h.members([{ name: '陈思远', unit: '语文组', openid: 'phone-chen' }])
  const win = await submitted(h, a.openid!, '复印室加一台复印机', '教学')
  // November's prizes open once it has closed in Beijing
  h.setNow('2026-12-01T02:00:00.000Z')
  await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: win.number, prize: '二等奖' }] })

  const page = await renderPage('pages/suggestion-claim/index', { openid: 'phone-chen', cloud: h.cloud, query: { number: win.number } })
  await page.waitForText('领奖码')
  await page.input('.suggestion-claim__code', win.claimCode === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH')
  await page.tap('.btn')
  await page.waitForText('领奖码不正确')
  await page.input('.suggestion-claim__code', win.claimCode.toLowerCase())
  await page.tap('.btn')
  await page.waitForText('认领成功')
  expect(page.text()).toContain(`${win.number} · 二等奖`)
  const desk = await h.ok('suggestion', CHAIR, { action: 'inbox', month: '2026-11' })
  // stored to the day (2026-12-01 in Beijing): a finer instant would join the claim to the call log
  expect(desk.items[0].claimedAt).toBe('2026-11-30T16:00:00.000Z')
})
