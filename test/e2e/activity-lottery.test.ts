import { setAppClock, useLocalApp } from './support'

const env = useLocalApp()

const TITLE = '疗休养抽签'

const setClock = (now: string | null) => setAppClock(env.app, now)

it('an officer publishes a lottery, members enter, the officer draws, a winner sees 已抽中 and 已验证', async () => {
  // the officer publishes it from the form, choosing 报名后抽签
  const officer = await env.open({ as: 'demo-officer-1', at: '/pages/activities/index' })
  await officer.page.getByText('发起活动').click()
  await officer.page.getByText('发布活动').waitFor()
  await officer.page.getByPlaceholder('标题，例如：周末登山').fill(TITLE)
  await officer.page.getByPlaceholder('人数，不填为不限').fill('2')
  await officer.page.getByText('报名后抽签', { exact: true }).click()
  await officer.page.getByText('没抽中的优先').waitFor()
  await officer.shot('activity-lottery-edit')
  await officer.page.getByText('发布活动').click()
  await officer.page.waitForURL(/pages\/activity-detail\/index\?id=/)
  const id = new URL(officer.page.url().replace('/#/', '/')).searchParams.get('id') as string
  await officer
    .screen()
    .getByText(/抽签：报名截止后统一抽签/)
    .waitFor()

  // a member enters from their phone and sees 待抽签 with the commitment already published
  const chen = await env.open({ as: 'demo-member-1', at: `/pages/activity-detail/index?id=${id}` })
  await chen.screen().locator('.signup-form__submit', { hasText: '报名参加抽签' }).click()
  await chen.screen().locator('.my-signup__status', { hasText: '待抽签' }).waitFor()
  await chen.screen().getByText('你的抽签号：', { exact: false }).waitFor()
  await chen.shot('activity-lottery-entered')
  await chen.expectHealthy()
  for (const m of ['demo-member-2', 'demo-member-3', 'demo-member-4']) {
    const r = await env.app.call('activity', m, { action: 'signup', id })
    if (!r.ok) throw new Error(r.error.message)
  }

  // sign-up has closed: the officer draws
  const got = await env.app.call('activity', 'demo-officer-1', { action: 'get', id })
  if (!got.ok) throw new Error(got.error.message)
  await setClock(new Date(Date.parse(got.data.signupClosesAt) + 3600e3).toISOString())
  try {
    await officer.goto(`/pages/activity-detail/index?id=${id}`)
    await officer.screen().getByText('抽签分配名额').click()
    await officer.page.locator('.taro-modal__foot').getByText('抽签', { exact: true }).click()
    await officer
      .screen()
      .getByText(/2 人抽中，2 人候补/)
      .waitFor()
    await officer.expectHealthy()

    // whoever won sees 已抽中, and the draw checked on their phone
    const members = ['demo-member-1', 'demo-member-2', 'demo-member-3', 'demo-member-4']
    const outcomes = await Promise.all(members.map((m) => env.app.call('activity', m, { action: 'get', id })))
    const winner = members[outcomes.findIndex((o) => o.ok && o.data.mine?.status === 'confirmed')]
    const loser = members[outcomes.findIndex((o) => o.ok && o.data.mine?.status === 'waitlisted')]
    const w = await env.open({ as: winner, at: `/pages/activity-detail/index?id=${id}` })
    await w.screen().locator('.my-signup__status', { hasText: '已抽中' }).waitFor()
    await w.screen().getByText('已验证', { exact: true }).waitFor()
    await w.screen().getByText('如何验证 ▾').click()
    await w
      .screen()
      .getByText(/揭晓的密钥/)
      .waitFor()
    await w.shot('activity-lottery-won')
    await w.expectHealthy()
    const l = await env.open({ as: loser, at: `/pages/activity-detail/index?id=${id}` })
    await l
      .screen()
      .locator('.my-signup__status', { hasText: /候补第[12]位/ })
      .waitFor()
    await l.screen().getByText('退出候补').waitFor()
    await l.shot('activity-lottery-waitlisted')
    await l.expectHealthy()
    for (const j of [w, l]) await j.close()
  } finally {
    await setClock(null)
  }
  for (const j of [officer, chen]) await j.close()
})
