import { useLocalApp, type Journey } from './support'

const env = useLocalApp()

const TITLE = '2027 年度工会工作计划（草案）'

/** Opens the ballot, taps a choice, 投出选票, then 投出 in the confirm dialog; answers the receipt shown. */
async function voteOn(j: Journey, id: string, title: string, choice: string): Promise<string> {
  await j.goto(`/ballot/pages/vote/index?id=${id}`)
  const page = j.page.locator('.vote')
  await page.getByText(title).waitFor()
  await page.getByText(choice, { exact: true }).click()
  await page.getByText('投出选票').click()
  await j.page.locator('.taro-modal__foot, .taro__modal').getByText('投出', { exact: true }).click()
  const receipt = page.locator('.vote__receipt')
  await receipt.waitFor()
  return (await receipt.innerText()).replace('回执 ', '').trim()
}

/** The chair's phone: the turnout shows `voted` ballots, then 结束投票并公布结果 and its confirm. */
async function closeAsChair(chair: Journey, id: string, voted: number, shot?: string): Promise<void> {
  await chair.goto(`/ballot/pages/vote/index?id=${id}`)
  const vote = chair.page.locator('.vote')
  await vote.getByText(new RegExp(`已投 ${voted} 票`)).waitFor()
  if (shot) await chair.shot(shot)
  await vote.getByText('结束投票并公布结果').click()
  await chair.page.locator('.taro-modal__foot, .taro__modal').getByText('结束投票', { exact: true }).click()
  await vote.getByText('查看结果').waitFor()
}

it('the chair opens a motion, three members vote on their phones with no identity on the ballot, the chair closes it, a member verifies their receipt', async () => {
  const chair = await env.open({ as: 'demo-chair', at: '/pages/mine/index' })
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
    receipts.push(await voteOn(j, id, TITLE, choice))
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

  await closeAsChair(chair, id, 3, 'ballot-turnout')

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
  const other = await env.open({ as: 'demo-member-4', at: `/ballot/pages/results/index?id=${id}` })
  await other.page.locator('.ballot-results').getByText('收回 3 票', { exact: false }).waitFor()
  expect(await other.text()).not.toContain('已验证')
  for (const j of [chair, other, ...voters]) await j.close()
})

it('at a 教代会 meeting with quorum the chair opens a motion for those checked in, 代表 vote, the chair closes it, a 代表 verifies, and the 公示 is published', async () => {
  const MOTION = '学校章程修订案'
  const call = async (fn: string, openid: string, event: Record<string, unknown>) => {
    const r = await env.app.call(fn, openid, event)
    if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
    return r.data as any
  }
  const now = Date.now()
  const day = 24 * 3600 * 1000
  const meeting = await call('congress', 'demo-chair', {
    action: 'createMeeting',
    title: '第五届教代会第四次会议',
    proposalOpensAt: new Date(now - 3 * day).toISOString(),
    proposalClosesAt: new Date(now - 2 * day).toISOString(),
    heldAt: new Date(now).toISOString(),
    // a retry of this journey finds the same meeting
    requestId: 'e2e-ballot-meeting'
  })
  // three more 代表 need phones for quorum (six of nine): those the seed gave a crowd phone (seed-crowd-n), or a phone bound now
  const { items } = await call('member', 'demo-chair', { action: 'list' })
  const others = items.filter((x: { name: string; tags?: string[] }) => x.tags?.includes('教代会代表') && !['陈思远', '周婷', '黄雅琴'].includes(x.name))
  const names = new Set(others.map((x: { name: string }) => x.name))
  const phones: string[] = []
  // phones bound earlier (the seed's crowd, or a retry of this journey) first, then bind new ones
  for (const o of [...others.map((_: unknown, i: number) => `e2e-rep-${i}`), ...Array.from({ length: 80 }, (_, n) => `seed-crowd-${n + 1}`)]) {
    if (phones.length === 3) break
    const me = await env.app.call('member', o, { action: 'me' })
    if (me.ok && me.data.member && names.has(me.data.member.name)) phones.push(o)
  }
  for (const [i, m] of others.entries())
    if (phones.length < 3 && m.inviteCode && (await env.app.call('member', `e2e-rep-${i}`, { action: 'bind', inviteCode: m.inviteCode })).ok) phones.push(`e2e-rep-${i}`)
  expect(phones).toHaveLength(3)
  const { code } = await call('congress', 'demo-chair', { action: 'meeting', id: meeting.id })
  for (const o of ['demo-member-1', 'demo-member-2', 'demo-member-3', ...phones]) await call('congress', o, { action: 'checkin', meetingId: meeting.id, code })
  expect(await call('congress', 'demo-chair', { action: 'attendance', meetingId: meeting.id })).toMatchObject({ present: 6, quorum: expect.any(Number), quorate: true })

  const chair = await env.open({ as: 'demo-chair', at: '/ballot/pages/create/index' })
  const form = chair.page.locator('.ballot-create')
  await form.getByPlaceholder('如：2027 年度工会经费预算').fill(MOTION)
  await form.getByText('教代会到会代表').click()
  await form.getByText(/第五届教代会第四次会议/).click()
  await chair.shot('ballot-create-meeting')
  await form.locator('.ballot-create__submit').click()
  await chair.page.waitForURL(/ballot\/pages\/vote\/index\?id=/)
  const id = new URL(chair.page.url().replace('#', '')).searchParams.get('id')!
  await chair.page.locator('.vote').getByText('会议表决：第五届教代会第四次会议，请在会场签到后投票').waitFor()

  const voters: Journey[] = []
  const receipts: string[] = []
  for (const [openid, choice] of [
    ['demo-member-1', '同意'],
    ['demo-member-2', '同意'],
    ['demo-member-3', '同意']
  ]) {
    const j = await env.open({ as: openid })
    receipts.push(await voteOn(j, id, MOTION, choice))
    voters.push(j)
  }
  // a 代表 with a phone who is not in the hall is told to check in, with nothing to vote on
  const absent = await env.open({ as: 'demo-member-4', at: `/ballot/pages/vote/index?id=${id}` })
  await absent.page
    .locator('.vote')
    .getByText(/不在其中|请先在「教代会」里签到/)
    .waitFor()

  await closeAsChair(chair, id, 3)

  // 3 同意 of 6 checked in is not more than half: the rule counts those present, not the ballots
  const chen = voters[0]
  await chen.goto(`/ballot/pages/results/index?id=${id}`)
  const results = chen.page.locator('.ballot-results')
  await results.getByText('已验证：你的选票已计入').waitFor()
  await results.getByText('未通过', { exact: true }).waitFor()
  expect(await results.innerText()).toContain('同意 3 票，到会（签到）代表 6 人，需超过 3 票')
  expect(await results.innerText()).toContain(receipts[0])
  await chen.shot('ballot-meeting-results')
  await chen.expectHealthy()

  await chair.goto(`/ballot/pages/results/index?id=${id}`)
  await chair.page.locator('.ballot-results').getByText('起草结果公示').click()
  await chair.page.waitForURL(/notice-publish\/index\?ballot=/)
  const publish = chair.page.locator('.notice-publish')
  await chair.page.waitForFunction((t) => Array.from(document.querySelectorAll('input')).some((i) => i.value === t), `「${MOTION}」结果公示`)
  await chair.shot('ballot-publicity-draft')
  await publish.getByText('预览', { exact: true }).click()
  await publish.getByText('确认发布').click()
  await chair.page.getByText('已发布').first().waitFor()
  const list = await call('notice', 'demo-member-1', { action: 'list' })
  const posted = list.items.find((n: { title: string }) => n.title === `「${MOTION}」结果公示`)
  expect(posted).toBeTruthy()
  const full = await call('notice', 'demo-member-1', { action: 'get', id: posted.id })
  expect(full.notice.body).toContain('按「同意票超过到会（签到）代表 6 人的半数」的规则，未通过。')
  for (const j of [chair, absent, ...voters]) await j.close()
})
