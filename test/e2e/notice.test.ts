import { useLocalApp } from './support'

const env = useLocalApp()

const TITLE = '语文组 11 月教研活动经费公开'

it('the chair publishes a 财务公开 notice to 语文组; a 语文组 member reads it; 数学组 never sees it', async () => {
  // the chair writes, previews and publishes
  const chair = await env.open({ as: 'demo-chair', at: '/pages/index/index' })
  await chair.page.getByText('发布通知').click()
  // H5 keeps earlier pages in the document (hidden): look inside the page at hand
  const form = chair.page.locator('.notice-publish')
  await form.getByText('财务公开', { exact: true }).click()
  await form.getByPlaceholder('例如：关于组织会员体检的通知').fill(TITLE)
  await form.locator('textarea').fill('11 月语文组开展“整本书阅读”教研，购书支出 1,260.00 元。\n\n发票存工会办公室，欢迎查阅。')
  await form.getByText('按部门').click()
  await form.getByText('语文组', { exact: true }).click()
  await chair.shot('notice-publish-form')
  await form.getByText('预览', { exact: true }).click()
  await form.getByText('发送给：语文组').waitFor()
  await chair.shot('notice-publish-preview')
  await form.getByText('确认发布').click()
  await chair.page.waitForURL(/pages\/notice\/index\?id=/)
  const detail = chair.page.locator('.notice-detail')
  await detail.getByText('阅读情况').waitFor()
  const id = new URL(chair.page.url().replace('#', '')).searchParams.get('id')!
  expect(id).toBeTruthy()
  await chair.expectHealthy()

  // a 语文组 member sees it unread on 首页 and opens it
  const chen = await env.open({ as: 'demo-member-1', at: '/pages/index/index' })
  const row = chen.page.locator('.home .notice-row', { hasText: TITLE })
  await row.waitFor()
  expect(await row.innerText()).toContain('未读')
  await chen.shot('notice-home-unread')
  await row.click()
  await chen.page.locator('.notice-detail').getByText('购书支出 1,260.00 元').waitFor()
  await chen.shot('notice-detail')
  await chen.expectHealthy()
  // opened afresh, 首页 shows it read
  const again = await env.open({ as: 'demo-member-1', at: '/pages/index/index' })
  const readRow = again.page.locator('.home .notice-row', { hasText: TITLE })
  await readRow.waitFor()
  expect(await readRow.innerText()).not.toContain('未读')
  await again.close()

  // the chair sees them under 已读
  await detail.getByText('阅读情况').click()
  const receipts = chair.page.locator('.notice-readers')
  await receipts.getByText(/人已读/).waitFor()
  await receipts.getByText(/^已读 1$/).click()
  const yuwen = receipts.locator('.card', { hasText: '语文组' })
  await yuwen.getByText('陈思远').waitFor()
  await chair.shot('notice-readers')
  await chair.expectHealthy()

  // a 数学组 member never sees it, not even by its link
  const zhou = await env.open({ as: 'demo-member-2', at: '/pages/index/index' })
  await zhou.page.locator('.home .notice-row').first().waitFor()
  expect(await zhou.text()).not.toContain(TITLE)
  await zhou.goto(`/pages/notice/index?id=${id}`)
  await zhou.page.locator('.notice-detail').getByText('通知不存在或已撤回').waitFor()
  expect(await zhou.text()).not.toContain(TITLE)
  await zhou.shot('notice-other-unit')
  for (const j of [chair, chen, zhou]) await j.close()
})
