import { useLocalApp, type Journey } from './support'

const env = useLocalApp()

const TITLE = '2027 年度工会工作计划（草案）'

/** Taps a choice, 投出选票, then 投出 in the confirm dialog; answers the receipt shown. */
async function voteOn(j: Journey, id: string, choice: string): Promise<string> {
  await j.goto(`/ballot/pages/vote/index?id=${id}`)
  const page = j.page.locator('.vote')
  await page.getByText(TITLE).waitFor()
  await page.getByText(choice, { exact: true }).click()
  await page.getByText('投出选票').click()
  await j.page.locator('.taro-modal__foot, .taro__modal').getByText('投出', { exact: true }).click()
  const receipt = page.locator('.vote__receipt')
  await receipt.waitFor()
  return (await receipt.innerText()).replace('回执 ', '').trim()
}

it('the chair opens a motion, three members vote on their phones with no identity on the ballot, the chair closes it, a member verifies their receipt', async () => {
  const chair = await env.open({ as: 'demo-chair' })
  await chair.goto('/pages/mine/index')
  await chair.screen().getByText('投票表决').click()
  await chair.screen().getByText('发起投票', { exact: true }).first().click()
  const form = chair.page.locator('.ballot-create')
  await form.getByPlaceholder('如：2027 年度工会经费预算').fill(TITLE)
  await form.getByText('实到（实际投票）人数').click()
  await chair.shot('ballot-create')
  await form.locator('.ballot-create__submit').click()
  await chair.page.waitForURL(/ballot\/pages\/vote\/index\?id=/)
  const id = new URL(chair.page.url().replace('#', '')).searchParams.get('id')!
  await chair.page
    .locator('.vote')
    .getByText(/应投 \d+ 人/)
    .waitFor()
  await chair.expectHealthy()

  // every cast leaves the phone with no X-WX-OPENID; every 领票 carries one
  const casts: (string | undefined)[] = []
  const tokens: (string | undefined)[] = []
  const voters: Journey[] = []
  const receipts: string[] = []
  for (const [openid, choice] of [
    ['demo-member-1', '同意'],
    ['demo-member-2', '同意'],
    ['demo-member-3', '不同意']
  ]) {
    const j = await env.open({ as: openid })
    j.page.on('request', (r) => {
      if (!r.url().endsWith('/fn/ballot')) return
      const action = JSON.parse(r.postData() ?? '{}').action
      if (action === 'cast') casts.push(r.headers()['x-wx-openid'])
      if (action === 'token') tokens.push(r.headers()['x-wx-openid'])
    })
    receipts.push(await voteOn(j, id, choice))
    await j.expectHealthy()
    voters.push(j)
  }
  await voters[0].shot('ballot-voted')
  expect(casts).toEqual([undefined, undefined, undefined])
  expect(tokens.length).toBeGreaterThanOrEqual(3)
  expect(tokens.every((o) => o && o.startsWith('demo-member-'))).toBe(true)
  expect(new Set(receipts).size).toBe(3)

  // results stay hidden until the chair closes
  const early = await env.app.call('ballot', 'demo-member-1', { action: 'results', id })
  expect(early).toMatchObject({ ok: false, error: { code: 'CLOSED' } })

  await chair.goto(`/ballot/pages/vote/index?id=${id}`)
  const vote = chair.page.locator('.vote')
  await vote.getByText(/已投 3 票/).waitFor()
  await chair.shot('ballot-turnout')
  await vote.getByText('结束投票并公布结果').click()
  await chair.page.locator('.taro-modal__foot, .taro__modal').getByText('结束投票', { exact: true }).click()
  await vote.getByText('查看结果').waitFor()

  // 陈思远 opens the results: the phone's recount, and her ballot found with her choice
  const chen = voters[0]
  await chen.goto(`/ballot/pages/results/index?id=${id}`)
  const results = chen.page.locator('.ballot-results')
  await results.getByText('已验证：你的选票已计入').waitFor()
  await results.getByText('通过', { exact: true }).waitFor()
  expect(await results.innerText()).toMatch(/同意\s*2 票/)
  expect(await results.innerText()).toContain('收回 3 票')
  expect(await results.innerText()).toContain(receipts[0])
  await chen.shot('ballot-results-verified')
  await chen.expectHealthy()

  // on another phone that never voted there is nothing to verify, and the count is the same
  const other = await env.open({ as: 'demo-member-4' })
  await other.goto(`/ballot/pages/results/index?id=${id}`)
  await other.page.locator('.ballot-results').getByText('收回 3 票', { exact: false }).waitFor()
  expect(await other.text()).not.toContain('已验证')
  for (const j of [chair, other, ...voters]) await j.close()
})
