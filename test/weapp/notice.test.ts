import { CHAIR, createHarness } from '../support/harness'
import { renderPage } from './harness'

it('首页 lists my notices pinned first, marks unread, and hides another unit’s notice', async () => {
  const h = createHarness()
  const [chen] = await h.members([
    { name: '陈思远', unit: '语文组', openid: 'phone-chen' },
    { name: '周婷', unit: '数学组', openid: 'phone-zhou' }
  ])
  h.setNow('2026-11-01T02:00:00.000Z')
  const fee = await h.ok('notice', CHAIR, { action: 'publish', title: '第三季度工会经费公开', body: '收入 68,420.00 元。', category: 'finance' })
  h.setNow('2026-11-10T02:00:00.000Z')
  await h.ok('notice', CHAIR, { action: 'publish', title: '会员体检通知', body: '周六体检。', category: 'notice', pinned: true })
  await h.ok('notice', CHAIR, { action: 'publish', title: '数学组教研', body: '周三教研。', category: 'notice', audience: { units: ['数学组'] } })
  await h.ok('notice', chen.openid!, { action: 'get', id: fee.id })

  const page = await renderPage('pages/index/index', { openid: 'phone-chen', cloud: h.cloud })
  await page.waitForText('会员体检通知')
  const text = page.text()
  expect(text).toContain('1 条未读')
  expect(text.indexOf('会员体检通知')).toBeLessThan(text.indexOf('第三季度工会经费公开'))
  expect(text).toContain('置顶')
  expect(text).toContain('财务公开')
  expect(text).not.toContain('数学组教研')
  // only the unread notice carries 未读: the pinned one, read one not
  expect(text.match(/未读/g)?.length).toBe(2) // banner "1 条未读" + the row

  await page.tap('.notice-row')
  expect(page.calls.find((c) => c.api === 'navigateTo')?.args.url).toMatch(/^\/pages\/notice\/index\?id=/)
})
