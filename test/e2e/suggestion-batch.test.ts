import { firstOfNextMonth, useLocalApp } from './support'

const env = useLocalApp()

const post = (path: string, body?: unknown) =>
  fetch(`${env.app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: body === undefined ? undefined : JSON.stringify(body) }).then((r) =>
    r.json()
  )

const IDEA = '体育组钱卫东老师经常占用早读时间训练，建议学校统一安排训练时段。'

it('a suggestion waits for the 17:00 batch, a named colleague is hidden first, and the prize is claimed from another phone', async () => {
  const chen = await env.open({ as: 'demo-member-1', at: '/pages/suggestions/index' })
  const page = () => chen.page.locator('.suggestions:visible')
  await page()
    .getByText(/本周还可提交 \d 条/)
    .waitFor()
  await page().locator('.suggestion-form textarea').fill(IDEA)
  await page().locator('.suggestion-form__submit').click()
  await page().getByText('提交成功').waitFor()
  const text = await chen.text()
  const number = /号码 (\d{4}-[2-9A-Z]{4})/.exec(text)?.[1] as string
  const claimCode = /领奖码 ([2-9A-Z]{8})/.exec(text)?.[1] as string
  expect(number && claimCode).toBeTruthy()
  expect(text).toMatch(/将于(今天|明天)17:00公布/)
  await chen.shot('suggestion-batch-submitted')

  // another member's board does not have it yet
  const zhou = await env.open({ as: 'demo-member-2' })
  const tookSecondTokens = zhou.page
    .waitForResponse((r) => r.url().endsWith('/fn/suggestion') && /"secondTokens"/.test(r.request().postData() ?? '') && /"blinded"/.test(r.request().postData() ?? ''), { timeout: 60_000 })
    .catch(() => null)
  await zhou.goto('/pages/suggestions/index')
  await zhou.page.locator('.suggestions:visible .suggestions__month').waitFor()
  expect(await zhou.text()).not.toContain(IDEA)

  // the chair hides the name before it goes out
  const chair = await env.open({ as: 'demo-chair', at: `/officer/pages/suggestion-handle/index?number=${number}` })
  const handle = chair.page.locator('.handle:visible')
  await handle.getByText('公布前隐去人名').waitFor()
  await handle.locator('input.handle__input').first().fill('钱卫东')
  await chair.shot('suggestion-batch-redact')
  await handle.getByText('隐去这些人名').click()
  await chair.page.locator('.taro-model__confirm').click()
  await handle.getByText('已隐去人名 1 处').waitFor()
  // (the confirm dialog that named it may still be fading out: look at the page itself)
  expect(await chair.screen().innerText()).not.toContain('钱卫东')
  await chair.expectHealthy()

  // 17:00 Beijing: the platform fires the batch
  const got = await env.app.call('suggestion', 'demo-chair', { action: 'inbox', number })
  const at = got.ok ? (got.data.items[0].publishesAt as string) : ''
  expect(at).toBeTruthy()
  await post('/_local/clock', { now: at })
  expect(await post('/_local/timer/suggestion/publish')).toMatchObject({ ok: true })
  await post('/_local/clock', { now: null })
  // opening the board takes a 附议券 for each number on it (the first phone has its key made, which takes a while): let that finish before reloading
  await Promise.race([tookSecondTokens, new Promise((r) => setTimeout(r, 20_000))])
  await zhou.page.reload()
  const item = zhou.page.locator('.suggestions:visible .suggestion-item', { hasText: number })
  await item.getByText('已隐去人名 1 处').waitFor()
  expect(await item.innerText()).toContain('体育组××老师经常占用早读时间训练')
  expect(await item.innerText()).toMatch(/工会主席.*公布前隐去人名 1 处/)
  await item.scrollIntoViewIfNeeded()
  await zhou.shot('suggestion-batch-board')
  await zhou.expectHealthy()

  // 周婷 附议s it, anonymously; her phone remembers 已附议, and the author's phone sees the count
  await item.getByText('附议 0').waitFor()
  await item.locator('.suggestion-item__second-btn').click()
  await item.getByText('已附议').waitFor()
  await item.getByText('附议 1').waitFor()
  await zhou.shot('suggestion-batch-seconded')
  await chen.page.reload()
  const theirs = chen.page.locator('.suggestions:visible .suggestion-item', { hasText: number })
  await theirs.getByText('附议 1').waitFor()
  expect(await theirs.innerText()).not.toContain('已附议')
  await chen.expectHealthy()

  // the month closes, the chair awards it; the author claims on 周婷's phone with the number and code
  await post('/_local/clock', { now: firstOfNextMonth() })
  const month = number.replace(/^(\d\d)(\d\d)-.*/, '20$1-$2')
  const awarded = await env.app.call('suggestion', 'demo-chair', { action: 'award', month, winners: [{ number, prize: '二等奖' }] })
  expect(awarded.ok).toBe(true)
  await post('/_local/clock', { now: null })
  await zhou.goto(`/pages/suggestion-claim/index?number=${number}`)
  const claim = zhou.page.locator('.suggestion-claim:visible')
  await claim.locator('input.suggestion-claim__code').fill(claimCode)
  await claim.locator('.btn').click()
  await claim.getByText('认领成功').waitFor()
  await zhou.shot('suggestion-batch-claimed')
  await zhou.expectHealthy()
  for (const j of [chen, zhou, chair]) await j.close()
}, 150_000)
