import { firstOfNextMonth, setAppClock, useLocalApp } from './support'

const env = useLocalApp()

const setClock = (now: string | null) => setAppClock(env.app, now)

/** The `publish` timer fired at the 17:00 of this number's batch, as the platform does; then back to real time. */
async function publishBatch(number: string) {
  const got = await env.app.call('suggestion', 'demo-chair', { action: 'inbox', number })
  const at = got.ok ? (got.data.items[0]?.publishesAt as string | undefined) : undefined
  if (!at) return
  await setClock(at)
  await fetch(`${env.app.url}/_local/timer/suggestion/publish`, { method: 'POST', headers: { connection: 'close' } })
  await setClock(null)
}

const IDEA = '教工停车场晚上没有照明，晚自习后取车很不安全，建议在车棚加装两盏路灯。'

it('a member submits anonymously; the chair forwards and replies; the board shows the timeline; the chair awards; the member claims', async () => {
  // a member writes and notes the number
  const chen = await env.open({ as: 'demo-member-1', at: '/pages/suggestions/index' })
  // H5 keeps earlier pages in the document, hidden: look inside the page at hand
  const board = () => chen.page.locator('.suggestions:visible')
  await board().getByText('后勤', { exact: true }).first().click()
  await board().locator('.suggestion-form textarea').fill(IDEA)
  await chen.shot('suggestion-write')
  await board().locator('.suggestion-form__submit').click()
  await board().getByText('提交成功').waitFor()
  const number = /号码 (\d{4}-[2-9A-Z]{4})/.exec(await chen.text())?.[1] as string
  expect(number).toBeTruthy()
  // not on the board yet: it goes out with the next 17:00 batch
  await board()
    .getByText(/将于(今天|明天)17:00公布/)
    .first()
    .waitFor()
  expect(await board().locator('.suggestion-item', { hasText: IDEA }).count()).toBe(0)
  await chen.shot('suggestion-submitted')
  await chen.expectHealthy()
  await publishBatch(number)

  // the chair finds it among 新建议 and forwards it to 后勤处 with a due date, then records the answer
  const chair = await env.open({ as: 'demo-chair', at: '/officer/pages/suggestion-desk/index' })
  await chair.page.locator('.desk:visible .suggestion-item', { hasText: number }).click()
  const handle = chair.page.locator('.handle:visible')
  await handle.getByText('记录这一步').waitFor()
  await handle.getByText('已转交', { exact: true }).click()
  await handle.getByText('后勤处', { exact: true }).click()
  await handle.getByText('一周后', { exact: true }).click()
  await handle.locator('.handle__reply textarea').fill('已转后勤处，请一周内答复')
  await chair.shot('suggestion-forward')
  await handle.getByText('记录这一步').click()
  await handle.locator('.suggestion-item', { hasText: '已转后勤处，请一周内答复' }).waitFor()
  await handle.getByText('已采纳', { exact: true }).click()
  await handle.locator('.handle__reply textarea').fill('后勤处同意，下周安装')
  await handle.getByText('记录这一步').click()
  await handle.locator('.suggestion-item', { hasText: '后勤处同意，下周安装' }).waitFor()
  await chair.expectHealthy()

  // the board shows the dated timeline (the member opens the app again)
  await chen.page.reload()
  const item = board().locator('.suggestion-item', { hasText: number })
  await item.getByText('后勤处同意，下周安装').waitFor()
  const timeline = await item.innerText()
  expect(timeline).toMatch(/已转交 · 后勤处（\d+月\d+日前答复）/)
  expect(timeline).toContain('已采纳')
  await item.scrollIntoViewIfNeeded()
  await chen.shot('suggestion-board-timeline')

  // once the month has closed the chair awards it; a 表彰 notice goes out
  await setClock(firstOfNextMonth())
  await chair.goto('/officer/pages/suggestion-awards/index')
  const awards = chair.page.locator('.awards:visible')
  await awards.locator('.awards__arrow').last().click()
  const row = awards.locator('.awards__row', { hasText: number })
  await row.getByText('一等奖', { exact: true }).click()
  await chair.shot('suggestion-award-pick')
  await awards.getByText(/公布获奖号码（1）/).click()
  await chair.page.locator('.taro-model__confirm').click()
  await row.getByText(/一等奖 · 待认领/).waitFor()
  await setClock(null)
  // (the keyholders' lucky draw has its own journey: suggestion-draw.test.ts)

  // the member claims from 我的号码: the code was kept on the phone
  await chen.page.reload()
  await board().locator('.suggestion-item', { hasText: number }).getByText('一等奖').waitFor()
  await board().locator('.suggestions__mine', { hasText: number }).click()
  const claim = chen.page.locator('.suggestion-claim:visible')
  await claim.locator('input.suggestion-claim__code').waitFor()
  expect(await claim.locator('input.suggestion-claim__code').inputValue()).toMatch(/^[2-9A-Z]{8}$/)
  await claim.locator('.btn').click()
  await claim.getByText('认领成功').waitFor()
  await chen.shot('suggestion-claimed')
  await chen.expectHealthy()

  // the chair sees when it was claimed; the notice lists the number
  await chair.goto('/officer/pages/suggestion-desk/index')
  const desk = chair.page.locator('.desk:visible')
  await desk.getByText('本月全部', { exact: true }).click()
  await desk
    .locator('.suggestion-item', { hasText: number })
    .getByText(/奖品认领于/)
    .waitFor()
  await chair.shot('suggestion-desk-claimed')
  const notices = await env.app.call('notice', 'demo-member-2', { action: 'list' })
  expect(notices.ok && notices.data.items.some((n: { title: string }) => n.title.includes('号码有奖征集获奖号码'))).toBe(true)
  for (const j of [chen, chair]) await j.close()
}, 150_000)

it('the board verifies last month’s lucky draw in the browser', async () => {
  const zhou = await env.open({ as: 'demo-member-2', at: '/pages/suggestions/index' })
  await zhou.page.locator('.suggestions:visible .suggestions__prev').click()
  await zhou.page.locator('.suggestions:visible').getByText('已验证').waitFor()
  await zhou.shot('suggestion-board-last-month')
  await zhou.expectHealthy()
  await zhou.close()
})
