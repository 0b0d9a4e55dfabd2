import { careKit } from '../../cloudfunctions/care/testing'
import { renderPage } from './harness'

it('送温暖 renders on the phone: the year’s figures, an overdue visit flagged, and a tap opens the record form for it', async () => {
  const k = await careKit(2, { now: '2026-11-20T02:00:00.000Z' })
  const m = k.member(0)
  await k.ok(k.who.keeper, { action: 'report', memberId: m.id, occasion: 'illness', note: '住院，市一院 8 楼' })
  await k.ok(k.who.carer, { action: 'record', memberId: k.member(1).id, occasion: 'wedding', date: '2026-11-20', amount: 500 })
  k.h.setNow('2026-11-24T02:00:00.000Z')

  const page = await renderPage('officer/pages/care/index', { openid: k.who.carer, cloud: k.h.cloud })
  await page.waitForText('会员1 · 生病住院')
  expect(page.text()).toContain('2026 年慰问')
  expect(page.text()).toContain('500 元')
  expect(page.text()).toContain('已超期')
  expect(page.text()).toContain('有 1 项走访已超过期限')
  // the keeper's files are not offered to a 慰问员 who is not the keeper
  expect(page.text()).not.toContain('困难职工档案')
  await page.tap('会员1 · 生病住院')
  const nav = page.calls.find((c) => c.api === 'navigateTo')
  expect(String(nav?.args.url)).toMatch(/^\/officer\/pages\/care-record\/index\?mode=record&taskId=\w+&memberId=/)
})
