import { setAppClock, useLocalApp } from './support'

const env = useLocalApp()

const TITLE = '疗休养抽签'

const setClock = (now: string | null) => setAppClock(env.app, now)

it('an officer publishes a lottery, the chair and the 督导员 lock keys, members enter, both reveal, the officer draws, a winner sees 已抽中 and 已验证', async () => {
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

  // the chair names the 督导员 as the second keyholder and locks her key on her phone; so does he on his
  const chair = await env.open({ as: 'demo-chair', at: `/pages/activity-detail/index?id=${id}` })
  await chair.screen().getByText('督导员 王建国').click()
  await chair.screen().getByText('选定密钥保管人', { exact: true }).click()
  await chair.screen().getByText('我是工会主席，本次抽签的密钥保管人').waitFor()
  await chair.screen().getByText('生成密钥并锁定').click()
  await chair.screen().getByText('我的抽奖密钥（只在这台手机上）').waitFor()
  await chair.shot('activity-lottery-chair-key')
  await chair.expectHealthy()
  // she copies it off the phone (复制), to reveal later from another
  const chairSecret = (await chair.screen().locator('.draw-key__secret').innerText()).trim()
  expect(chairSecret).toMatch(/^[0-9a-f]{32}$/)
  await chair.close()
  await officer.goto(`/pages/activities/index`)
  await officer.goto(`/pages/activity-detail/index?id=${id}`)
  await officer.screen().getByText('我是督导员，本次抽签的密钥保管人').waitFor()
  await officer.screen().getByText('生成密钥并锁定').click()
  await officer.screen().getByText('我的抽奖密钥（只在这台手机上）').waitFor()

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

  // sign-up has closed: the draw waits for both keys; each keyholder reveals from the phone that holds it
  const got = await env.app.call('activity', 'demo-officer-1', { action: 'get', id })
  if (!got.ok) throw new Error(got.error.message)
  await setClock(new Date(Date.parse(got.data.signupClosesAt) + 3600e3).toISOString())
  try {
    await officer.goto(`/pages/activities/index`)
    await officer.goto(`/pages/activity-detail/index?id=${id}`)
    await officer
      .screen()
      .getByText(/等工会主席和督导员揭晓密钥/)
      .waitFor()
    expect(await officer.screen().getByText('抽签分配名额').count()).toBe(0)
    await officer.screen().getByText('揭晓我的密钥').click()
    await officer
      .screen()
      .getByText(/等工会主席揭晓密钥/)
      .waitFor()
    // the chair, on another phone, pastes the secret she kept
    const chair2 = await env.open({ as: 'demo-chair', at: `/pages/activity-detail/index?id=${id}` })
    await chair2.screen().getByText('把当初存下的密钥粘贴进来：').waitFor()
    await chair2.screen().getByRole('textbox', { name: '抽奖密钥' }).fill(chairSecret)
    await chair2.screen().getByText('揭晓我的密钥').click()
    await chair2.screen().getByText('密钥保管人都已揭晓，可以抽签').waitFor()
    await chair2.shot('activity-lottery-revealed')
    await chair2.expectHealthy()
    await chair2.close()
    await officer.goto(`/pages/activities/index`)
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
      .getByText(/^系统揭晓的密钥/)
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
