import { useLocalApp } from './support'

const env = useLocalApp()

it('the chair opens 工作台 from 我的, opens the 督导室 from the new-suggestion count, and copies a notice’s unread names', async () => {
  const chair = await env.open({ as: 'demo-chair', at: '/pages/mine/index' })
  await chair.screen().getByText('工作台', { exact: true }).click()
  const bench = chair.page.locator('.workbench')
  const waiting = bench.getByText(/\d+ 条新建议等待答复/)
  await waiting.waitFor()
  const count = Number((await waiting.innerText()).match(/(\d+) 条/)![1])
  expect(count).toBeGreaterThan(0)
  await chair.shot('workbench')
  await chair.expectHealthy()

  // the row opens the 督导室 on its 新建议, which lists that many
  await waiting.click()
  const desk = chair.page.locator('.desk')
  await desk.locator('.suggestion-item').first().waitFor()
  expect(await desk.locator('.suggestion-item').count()).toBe(count)
  await chair.page.goBack()

  // 阅读情况 of the newest notice someone has not read: copy the unread list for the staff group
  await bench.getByText('阅读情况与提醒未读').click()
  const receipts = chair.page.locator('.notice-readers')
  await receipts.getByText(/人已读/).waitFor()
  const title = await receipts.locator('.notice-readers__title').innerText()
  await receipts.getByText('复制未读名单（按部门）').click()
  await chair.page.getByText('已复制，可粘贴到教工群').waitFor()
  // Taro's H5 clipboard keeps what it copied in storage (taro_clipboard), as getClipboardData reads it
  const copied = await chair.page.evaluate(() => JSON.parse(localStorage.getItem('taro_clipboard') ?? '{}').data as string)
  expect(copied.split('\n')[0]).toMatch(new RegExp(`^【工会通知】“${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”还有 \\d+ 人未读：$`))
  expect(copied).toMatch(/组（\d+ 人）：/)
  await chair.shot('notice-readers-copied')
  await chair.expectHealthy()
  await chair.close()
})
