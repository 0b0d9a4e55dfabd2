import { CHAIR, createHarness } from '../support/harness'
import { renderPage } from './harness'

it('opening a notice shows its paragraphs and 已编辑, and marks it read', async () => {
  const h = createHarness()
  const [chen] = await h.members([{ name: '陈思远', unit: '语文组', openid: 'phone-chen' }])
  const n = await h.ok('notice', CHAIR, { action: 'publish', title: '语文组期末命题研讨', body: '周三下午研讨。\n\n请带试卷初稿。', category: 'notice', audience: { units: ['语文组'] } })
  h.setNow('2026-11-24T06:30:00.000Z')
  await h.ok('notice', CHAIR, { action: 'edit', id: n.id, body: '周四下午研讨。\n\n请带试卷初稿。' })

  const page = await renderPage('pages/notice/index', { openid: 'phone-chen', cloud: h.cloud, query: { id: n.id } })
  await page.waitForText('语文组期末命题研讨')
  expect(page.text()).toContain('周四下午研讨。')
  expect(page.text()).toContain('请带试卷初稿。')
  expect(page.text()).toContain('已编辑 2026-11-24 14:30')
  // members get no chair tools
  expect(page.text()).not.toContain('阅读情况')
  const r = await h.ok('notice', CHAIR, { action: 'readers', id: n.id })
  expect(r.read.map((m: { memberId: string }) => m.memberId)).toEqual([chen.id])
})
