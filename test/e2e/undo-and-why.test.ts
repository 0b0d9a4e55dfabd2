/**
 * Issue 15's journeys for mistakes undone and outcomes that say why: an officer calls off an
 * activity and the member signed up sees it and why; a member of a unit at its quota is told
 * before the tap that she will wait, and why, and the page keeps saying it; an officer correcting
 * a result is asked first, and the correction is what the standings show.
 */
import { useLocalApp } from './support'

const env = useLocalApp()
const day = 864e5

async function ok<T = any>(fn: string, openid: string, event: Record<string, unknown>): Promise<T> {
  const r = await env.app.call<T>(fn, openid, event)
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
  return r.data
}

const activity = (title: string, over: Record<string, unknown> = {}) => {
  const now = Date.now()
  return ok<{ id: string }>('activity', 'demo-officer-1', {
    action: 'create',
    title,
    place: '学校操场',
    startAt: new Date(now + 5 * day).toISOString(),
    signupClosesAt: new Date(now + 4 * day).toISOString(),
    ...over
  })
}

it('an officer calls off an activity with a reason; the member signed up sees 活动已取消 and why, and cannot sign up', async () => {
  const { id } = await activity('周五教工篮球赛', { capacity: 10 })
  await ok('activity', 'demo-member-1', { action: 'signup', id })

  const officer = await env.open({ as: 'demo-officer-1', at: `/pages/activity-detail/index?id=${id}` })
  await officer.screen().getByText('取消活动', { exact: true }).click()
  await officer
    .screen()
    .getByPlaceholder(/取消原因/)
    .fill('场地检修')
  await officer.screen().getByText('确认取消活动').click()
  // asked first, saying who will be told
  await officer.page.getByText('已报名的 1 人会收到通知，取消后不能再报名，也不能恢复。').waitFor()
  await officer.page.locator('.taro-modal__foot').getByText('取消活动').click()
  await officer.screen().getByText('活动已取消：场地检修').waitFor()
  await officer.expectHealthy()
  await officer.close()

  const member = await env.open({ as: 'demo-member-1', at: `/pages/activity-detail/index?id=${id}` })
  await member.screen().getByText('活动已取消：场地检修').waitFor()
  expect(await member.screen().locator('.signup-form').count()).toBe(0)
  expect(await member.screen().getByText('取消报名').count()).toBe(0)
  await member.shot('undo-called-off-member')
  await member.expectHealthy()
  await member.close()
}, 90_000)

it("刘芳's unit is at its quota: the page says so before the tap, and after it says why she waits", async () => {
  const { id } = await activity('周末插花体验', { capacity: 5, waitlist: true, quotas: { 语文组: 1 } })
  // 陈思远 of 语文组 takes the unit's one place
  await ok('activity', 'demo-member-1', { action: 'signup', id })

  const liu = await env.open({ as: 'demo-member-6', at: `/pages/activity-detail/index?id=${id}` })
  await liu
    .screen()
    .getByText(/语文组名额已满.*报名后进入候补/)
    .waitFor()
  await liu.shot('why-quota-before')
  await liu.screen().locator('.signup-form__submit', { hasText: '报名候补' }).click()
  await liu.screen().locator('.my-signup__status', { hasText: '候补第1位' }).waitFor()
  await liu.screen().getByText('为什么候补：语文组的名额已满（每个部门最多 1 人）').waitFor()
  await liu.shot('why-quota-after')
  await liu.expectHealthy()
  await liu.close()
}, 90_000)

it('an officer correcting a result is asked first, and the standings show the corrected time', async () => {
  const { items } = await ok('competition', 'demo-officer-1', { action: 'list' })
  const meet = items.find((c: { title: string }) => c.title === '2026年秋季教职工运动会')
  // a retry of this journey finds the event it made the first time
  const made = await env.app.call<{ id: string }>('competition', 'demo-officer-1', { action: 'addEvent', competitionId: meet.id, name: '50米', kind: 'timed', category: '女子' })
  const event = made.ok ? made.data : ((await ok('competition', 'demo-officer-1', { action: 'get', id: meet.id })).events as { id: string; name: string }[]).find((e) => e.name === '女子50米')!

  const officer = await env.open({ as: 'demo-officer-1', at: `/officer/pages/competition-record/index?eventId=${event.id}` })
  const enter = async (time: string) => {
    await officer.screen().getByText('手动填写', { exact: true }).click()
    await officer.screen().locator('.comp-record__pick .chip', { hasText: '语文组' }).click()
    await officer.screen().getByPlaceholder('运动员姓名').fill('赵敏')
    await officer.screen().getByPlaceholder(/秒数/).fill(time)
    await officer.screen().getByText('保存成绩', { exact: true }).click()
  }
  await enter('9.10')
  await officer.screen().locator('.standings__name', { hasText: '赵敏' }).waitFor()
  await enter('8.90')
  await officer.page.getByText('更正赵敏的成绩？').waitFor()
  await officer.shot('undo-result-correction-asked')
  await officer.page.locator('.taro-modal__foot').getByText('更正').click()
  await officer.screen().locator('.standings', { hasText: '8.90' }).waitFor()
  // one athlete, one result: the correction replaced 9.10, it did not add a second line
  expect(await officer.screen().locator('.standings__name', { hasText: '赵敏' }).count()).toBe(1)
  expect(await officer.screen().locator('.standings').innerText()).not.toContain('9.10')
  await officer.expectHealthy()
  await officer.close()
}, 90_000)
