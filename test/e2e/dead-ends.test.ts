/**
 * Issue 15, "Dead ends": a prize is claimed from whatever phone the winner holds, and a phone bound
 * to no member is led to 绑定 and back, never left at 重试 or a form it cannot send.
 */
import { firstOfNextMonth, setAppClock, submitSuggestion, useLocalApp } from './support'

const env = useLocalApp()

const setClock = (now: string | null) => setAppClock(env.app, now)

it('a winner claims a prize from a new phone: from the board, typing the number and claim code by hand', async () => {
  const { number, claimCode, month } = await submitSuggestion(env.app, 'demo-member-3', '建议在教工之家添置一台微波炉，方便午饭加热。', '福利')
  // a month's prizes open once it has closed in Beijing: award on the 1st of the next, then back to now
  await setClock(firstOfNextMonth())
  const awarded = await env.app.call<{ noticeId: string }>('suggestion', 'demo-chair', { action: 'award', month, winners: [{ number, prize: '二等奖' }] })
  await setClock(null)
  if (!awarded.ok) throw new Error(awarded.error.message)

  // another phone: nothing of this number is stored on it
  const j = await env.open({ as: 'demo-member-2', at: `/pages/notice/index?id=${awarded.data.noticeId}` })
  await j.screen().getByText('我中奖了，去认领').waitFor()
  await j.shot('dead-ends-award-notice')

  await j.goto('/pages/suggestions/index')
  await j.screen().locator('.suggestions__claim', { hasText: '我中奖了，去认领' }).waitFor()
  await j.shot('dead-ends-board-winners')
  await j.screen().locator('.suggestions__claim').click()
  const claim = () => j.page.locator('.suggestion-claim:visible')
  await claim().locator('input.suggestion-claim__number').fill(number.toLowerCase())
  await claim().locator('input.suggestion-claim__code').fill(claimCode)
  await claim().locator('.btn').click()
  await claim().getByText('认领成功').waitFor()
  expect(await claim().innerText()).toContain(`${number} · 二等奖`)
  await j.shot('dead-ends-claimed-elsewhere')
  await j.expectHealthy()
  await j.close()
}, 90_000)

it('an unbound phone on 建议 sees 去绑定 and no form; once bound it is back on 建议 with the form', async () => {
  const res = await fetch(`${env.app.url}/_local/identities`, { headers: { connection: 'close' } })
  // a phone and a code nobody has bound yet (a retry of this journey takes the next of each)
  const { invites, newPhones } = (await res.json()) as { invites: { inviteCode: string }[]; newPhones: string[] }
  const j = await env.open({ as: newPhones[0], at: '/pages/suggestions/index' })
  // the 建议 page itself, wherever Taro has put it among the pages it keeps
  const suggestions = j.page.locator('.suggestions:visible')
  await suggestions.getByText('绑定后写建议、看公开栏').waitFor()
  expect(await suggestions.locator('textarea').count()).toBe(0)
  await j.shot('dead-ends-unbound-suggestions')
  await suggestions.getByText('去绑定').click()
  await j.screen().getByPlaceholder('例如 K7M2Q9XA').fill(invites[0].inviteCode)
  await j.screen().locator('.bind__submit').click()
  await j.page.locator('.suggestions:visible .suggestion-form textarea').waitFor()
  await j.shot('dead-ends-bound-back-on-suggestions')
  await j.expectHealthy()
  await j.close()
}, 90_000)

it('back straight after opening a page shows the page left, never a blank screen', async () => {
  // an older hand taps 进入督导室 and at once goes back (a second tap, a slip): before the H5 build
  // turned off Taro's slide, the page left was hidden by a timer its return did not cancel
  const j = await env.open({ as: 'demo-chair', at: '/pages/suggestions/index' })
  const form = j.page.locator('.suggestions:visible .suggestion-form textarea')
  await form.waitFor()
  for (const after of [50, 150, 250]) {
    await j.page.locator('.suggestions:visible .suggestions__desk').click()
    await j.page.locator('.desk:visible').first().waitFor()
    await j.page.waitForTimeout(after)
    await j.page.evaluate(() => history.back())
    // the suggestions page comes back, and is still on screen past the old timer (350 ms)
    await form.waitFor()
    await j.page.waitForTimeout(400)
    expect(await form.isVisible()).toBe(true)
  }
  await j.expectHealthy()
  await j.close()
})
