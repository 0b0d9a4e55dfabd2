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

it('督导室: the chair sees new suggestions, the entry to 评奖, and names 督导员 among the officers', async () => {
  const h = createHarness()
  await h.members([
    { name: '陈思远', unit: '语文组', openid: 'phone-chen' },
    { name: '王建国', unit: '体育组', openid: 'phone-wang', role: 'officer' }
  ])
  const fresh = await submitted(h, 'phone-chen', '周末开放体育馆给家属', '其他')
  const page = await renderPage('officer/pages/suggestion-desk/index', { openid: CHAIR, cloud: h.cloud })
  await page.waitForText('周末开放体育馆给家属')
  await page.waitForText('王建国')
  const text = page.text()
  expect(text).toContain(fresh.number)
  expect(text).toContain('评奖与幸运抽奖')
  expect(text).toContain('督导员')
  await page.tap('.suggestion-item')
  expect(page.calls.find((c) => c.api === 'navigateTo')?.args.url).toBe(`/officer/pages/suggestion-handle/index?number=${fresh.number}`)
})
