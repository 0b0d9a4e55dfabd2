import { useLocalApp } from './support'

const env = useLocalApp()

async function ok<T = any>(fn: string, openid: string, event: Record<string, unknown>): Promise<T> {
  const r = await env.app.call<T>(fn, openid, event)
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
  return r.data
}

it('a member enters two events from their phone, their officer approves one and declines the other, and the member sees both', async () => {
  const { items } = await ok('competition', 'demo-officer-1', { action: 'list' })
  const meet = items.find((c: { title: string }) => c.title === '2026年秋季教职工运动会')
  const event = await ok('competition', 'demo-officer-1', { action: 'addEvent', competitionId: meet.id, name: '跳绳', kind: 'measured', measure: 'count' })
  const second = await ok('competition', 'demo-officer-1', { action: 'addEvent', competitionId: meet.id, name: '踢毽子', kind: 'measured', measure: 'count' })

  // 陈思远 (语文组) finds the event on the board and asks to enter
  const member = await env.open({ as: 'demo-member-1', at: `/pages/competition-board/index?id=${meet.id}` })
  const open = member.screen().locator('.card', { hasText: '报名中的项目' })
  await open.getByText('跳绳', { exact: true }).waitFor()
  await member.shot('competition-board-open-events')
  await open.getByText('跳绳', { exact: true }).click()
  await member
    .screen()
    .getByText(/报名后由语文组的委员审核/)
    .waitFor()
  await member.screen().getByText('我要报名', { exact: true }).click()
  await member.page.getByText('报名', { exact: true }).last().click()
  await member.screen().getByText('等待语文组的委员审核，通过后即计入名额').waitFor()
  await member.screen().getByText('待审核', { exact: true }).waitFor()
  await member.page.waitForTimeout(500)
  await member.shot('competition-self-entry-pending')
  await member.expectHealthy()
  // and a second event, from its own page
  await member.goto(`/pages/competition-event/index?id=${second.id}`)
  await member.screen().getByText('我要报名', { exact: true }).click()
  await member.page.getByText('报名', { exact: true }).last().click()
  await member.screen().getByText('待审核', { exact: true }).waitFor()

  // 李晓梅, 语文组's officer, approves it from the event's 报名 page
  const officer = await env.open({ as: 'demo-officer-2', at: `/officer/pages/competition-entries/index?eventId=${event.id}` })
  const pending = officer.screen().locator('.comp-entries__pending')
  await pending.getByText('陈思远', { exact: true }).waitFor()
  await officer.shot('competition-entries-pending')
  await pending.locator('.comp-entries__request', { hasText: '陈思远' }).getByText('通过', { exact: true }).click()
  await pending.getByText('没有待审核的报名').waitFor()
  await officer.screen().locator('.card', { hasText: '跳绳 · 已报名' }).getByText('陈思远', { exact: true }).waitFor()
  await officer.expectHealthy()
  // and declines 踢毽子, saying why
  await officer.goto(`/officer/pages/competition-entries/index?eventId=${second.id}`)
  const other = officer.screen().locator('.comp-entries__pending')
  await other.locator('.comp-entries__request', { hasText: '陈思远' }).getByText('退回', { exact: true }).click()
  await officer.screen().getByPlaceholder('退回原因（选填），会员能看到').fill('语文组已安排孙浩参加')
  await officer.screen().getByText('确认退回', { exact: true }).click()
  await officer.screen().getByText('李晓梅退回：语文组已安排孙浩参加').waitFor()
  await officer.close()

  // the member, pulling the page again, sees it approved and by whom
  await member.goto(`/pages/competition-event/index?id=${event.id}`)
  await member.screen().getByText('李晓梅已确认你的报名，请按时参赛').waitFor()
  await member.screen().getByText('已通过', { exact: true }).waitFor()
  await member.page.waitForTimeout(500)
  await member.shot('competition-self-entry-approved')
  await member.goto(`/pages/competition-event/index?id=${second.id}`)
  await member.screen().getByText('李晓梅退回了你的报名').waitFor()
  await member.screen().getByText('未通过', { exact: true }).waitFor()
  await member.expectHealthy()
  await member.close()
}, 120_000)

it('the chair gives a unit 开幕式方阵 points: the board shows them in their own column, with the reason', async () => {
  const { items } = await ok('competition', 'demo-chair', { action: 'list' })
  const meet = items.find((c: { title: string }) => c.title === '2026年秋季教职工运动会')
  const chair = await env.open({ as: 'demo-chair', at: `/officer/pages/competition-review/index?id=${meet.id}` })
  const card = chair.screen().locator('.comp-review__bonus')
  await card.getByText('加奖励分').waitFor()
  await card.locator('.chip', { hasText: '艺术组' }).click()
  await card.locator('.chip', { hasText: '开幕式方阵' }).click()
  await card.getByPlaceholder('如 3').fill('5')
  await card.getByText('计入团体总分', { exact: true }).click()
  await card.locator('.list-item', { hasText: '艺术组 +5 分' }).waitFor()
  await chair.shot('competition-review-bonus')
  await chair.expectHealthy()
  await chair.close()

  const member = await env.open({ as: 'demo-member-1', at: `/pages/competition-board/index?id=${meet.id}` })
  const row = member.screen().locator('.unit-table__row', { hasText: '艺术组' })
  await row.locator('.unit-table__bonus', { hasText: '+5' }).waitFor()
  await member.screen().getByText('艺术组 +5 分：开幕式方阵').waitFor()
  await member.shot('competition-board-bonus')
  await member.expectHealthy()
  await member.close()
}, 120_000)
