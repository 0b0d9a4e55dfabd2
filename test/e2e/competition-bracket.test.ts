import { useLocalApp } from './support'

const env = useLocalApp()

async function ok<T = any>(fn: string, openid: string, event: Record<string, unknown>): Promise<T> {
  const r = await env.app.call<T>(fn, openid, event)
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
  return r.data
}

it('an officer draws a 4-team knockout and records the scores; the board shows the bracket, the member’s match and the places in the unit table', async () => {
  const { items } = await ok('competition', 'demo-officer-1', { action: 'list' })
  const meet = items.find((c: { title: string }) => c.title === '2026年秋季教职工运动会')
  const event = await ok('competition', 'demo-officer-1', { action: 'addEvent', competitionId: meet.id, name: '气排球', kind: 'judged', team: true })
  const pointsOf = async (unit: string) =>
    (await ok('competition', 'demo-member-1', { action: 'leaderboard', competitionId: meet.id })).items.find((r: { unit: string }) => r.unit === unit).points as number
  const before = await pointsOf('语文组')

  // 王建国 draws it up from the event's 对阵 page: four units, straight knockout
  const officer = await env.open({ as: 'demo-officer-1', at: `/officer/pages/competition-bracket/index?eventId=${event.id}` })
  const form = officer.screen().locator('.card', { hasText: '编排对阵' })
  await form.getByText('参赛队 8 支', { exact: false }).waitFor()
  for (const unit of ['理化生组', '艺术组', '行政处', '后勤处']) await form.locator('.chip', { hasText: unit }).click()
  await form.getByText('参赛队 4 支', { exact: false }).waitFor()
  await officer.shot('competition-bracket-form')
  await form.getByText('生成对阵表', { exact: true }).click()
  const match = (label: string) => officer.screen().locator('.bracket__match', { has: officer.page.locator('.bracket__label', { hasText: new RegExp(`^${label}`) }) })
  await match('决赛').getByText('半决赛 1 胜者').waitFor()

  const score = async (label: string, a: string, b: string) => {
    await match(label).getByText('录入比分').click()
    const inputs = officer.screen().locator('.comp-bracket__nums input')
    await inputs.nth(0).fill(a)
    await inputs.nth(1).fill(b)
    await officer.screen().getByText('保存比分', { exact: true }).click()
    await match(label).getByText(`${a} : ${b}`).waitFor()
  }
  // seeds 1 v 4 (语文组 v 体育组) and 2 v 3 (数学组 v 英语组)
  await score('半决赛 1', '25', '21')
  await score('半决赛 2', '19', '25')
  // the final is set for 15:30 on court 2: 语文组's members see it on the board
  await match('决赛').getByText('录入比分').click()
  const inputs = officer.screen().locator('.comp-bracket__nums input')
  await inputs.nth(2).fill('15:30')
  await inputs.nth(3).fill('2号场')
  await officer.screen().getByText('安排时间场地（今天）', { exact: true }).click()
  await match('决赛')
    .getByText(/15:30 在2号场/)
    .waitFor()

  const member = await env.open({ as: 'demo-member-1', at: `/pages/competition-board/index?id=${meet.id}` })
  await member.screen().getByText('你的比赛 15:30 在2号场', { exact: true }).waitFor()
  await member.screen().getByText('气排球 决赛 · 语文组 对 英语组').waitFor()
  await member.shot('competition-board-my-match')

  await score('决赛', '25', '23')
  await officer.screen().getByText('第1名 语文组').waitFor()
  await officer.shot('competition-bracket-recorded')
  await officer.expectHealthy()
  await officer.close()

  await ok('competition', 'demo-chair', { action: 'publish', eventId: event.id })
  await member.goto(`/pages/competition-board/index?id=${meet.id}`)
  const bracket = member.screen().locator('.card', { hasText: '气排球 对阵' })
  await bracket.getByText('第1名 语文组').waitFor()
  await bracket.getByText('第2名 英语组').waitFor()
  await bracket.locator('.bracket__match', { hasText: '25 : 23' }).waitFor()
  // played: no longer 'your match'
  expect(await member.screen().getByText('你的比赛 15:30 在2号场').count()).toBe(0)
  // first place's 7 points in the unit table
  const row = member.screen().locator('.unit-table__row', { hasText: '语文组' })
  await row.locator('.unit-table__points', { hasText: String(before + 7) }).waitFor()
  await member.shot('competition-board-bracket')
  await member.expectHealthy()
  await member.close()
}, 180_000)
