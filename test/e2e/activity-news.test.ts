import { useLocalApp } from './support'

const env = useLocalApp()
const day = 864e5

const when = (inDays: number) => {
  const now = Date.now()
  return { startAt: new Date(now + inDays * day).toISOString(), signupClosesAt: new Date(now + (inDays - 1) * day).toISOString() }
}

it('a member with a grant is told of a new activity, sees 活动 badged, finds it marked 新, and the badge goes once seen', async () => {
  const member = await env.open({ as: 'demo-member-3' })
  // what the member has not seen yet (the seeded ones) is looked at first, so only the new one counts
  await member.tab('活动')
  await member.screen().locator('.activity-card').first().waitFor()
  await member.tab('首页')
  await member.page.waitForLoadState('networkidle')
  expect(await member.page.locator('.taro-tabbar__tabbar .taro-tabbar-badge').count()).toBe(0)

  expect((await env.app.call('member', 'demo-member-3', { action: 'subscribe', templateKey: 'activity', accepted: true })).ok).toBe(true)
  const created = await env.app.call('activity', 'demo-officer-1', { action: 'create', title: '冬季长跑', place: '学校操场', ...when(5) })
  if (!created.ok) throw new Error(created.error.message)
  const outbox = (await (await fetch(`${env.app.url}/_local/outbox`)).json()) as { touser: string; data: Record<string, string> }[]
  expect(outbox.filter((o) => o.data.title === '冬季长跑').map((o) => [o.touser, o.data.status])).toContainEqual(['demo-member-3', '开放报名'])

  // the app opened again on 首页 (a reload: a hash change alone was sometimes not noticed under load), 活动 carries a badge of 1
  await member.goto('/pages/index/index')
  await member.page.reload()
  await member.page.locator('.taro-tabbar__tabbar .taro-tabbar-badge', { hasText: '1' }).waitFor()
  await member.shot('activity-news-badge')
  await member.tab('活动')
  const card = member.screen().locator('.activity-card', { hasText: '冬季长跑' })
  await card.locator('.activity-card__new', { hasText: '新' }).waitFor()
  await member.screen().getByText('1 个新活动开放报名').waitFor()
  await member.page.locator('.taro-tabbar__tabbar .taro-tabbar-badge').waitFor({ state: 'detached' })
  await member.shot('activity-news-list')
  await member.expectHealthy()
  await member.close()
})

it('an officer makes a number question with max 3; a member’s 5 is refused with the range named', async () => {
  const officer = await env.open({ as: 'demo-officer-1', at: '/officer/pages/activity-edit/index' })
  await officer.page.getByText('发布活动').waitFor()
  await officer.page.getByPlaceholder('标题，例如：周末登山').fill('亲子游园会')
  await officer.page.getByText('+ 添加填写项').click()
  await officer.page.getByPlaceholder('例如：衣服尺码').fill('携带家属人数')
  await officer.page.locator('.field-editor .chip', { hasText: '数字' }).click()
  await officer.page.locator('input.field-editor__max').fill('3')
  await officer.shot('activity-edit-number-field')
  await officer.page.getByText('发布活动').click()
  await officer.page.waitForURL(/pages\/activity-detail\/index\?id=/)
  const id = new URL(officer.page.url().replace('/#/', '/')).searchParams.get('id') as string
  await officer.expectHealthy()

  const member = await env.open({ as: 'demo-member-4', at: `/pages/activity-detail/index?id=${id}` })
  await member.screen().getByText('请填写 0 到 3 的整数').waitFor()
  await member.screen().locator('.signup-form__field--f1 input').fill('5')
  await member.screen().locator('.signup-form__submit').click()
  await member.screen().getByText('「携带家属人数」不能大于 3，请填写 0 到 3 的整数').waitFor()
  await member.shot('activity-number-refused')
  // 2 is inside the range: signed up
  await member.screen().locator('.signup-form__field--f1 input').fill('2')
  await member.screen().locator('.signup-form__submit').click()
  await member.screen().locator('.my-signup__status', { hasText: '已报名' }).waitFor()
  // the refusal is a console-free outcome: the page said why
  await member.expectHealthy()
  for (const j of [officer, member]) await j.close()
})
