// The sports day of issue 18, as one journey: members enter from their phones, officers approve,
// results and a bracket are recorded, the board shows the bracket and the unit table with bonus
// points, and the winner saves their 奖状.
import { useLocalApp } from './support'

const env = useLocalApp()

async function ok<T = any>(fn: string, openid: string, event: Record<string, unknown>): Promise<T> {
  const r = await env.app.call<T>(fn, openid, event)
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
  return r.data
}

let attempt = 0

it('a member enters two events from their phone, the officer approves one; results and a bracket are recorded; the board shows the bracket and the unit table with bonus points; the winner saves their 奖状', async () => {
  // a retry of this journey finds the events it made the first time: it makes others
  const n = attempt++ ? String(attempt) : ''
  const { items } = await ok('competition', 'demo-officer-1', { action: 'list' })
  const meet = items.find((c: { title: string }) => c.title === '2026年秋季教职工运动会')
  const rope = await ok('competition', 'demo-officer-1', { action: 'addEvent', competitionId: meet.id, name: `跳绳${n}`, kind: 'measured', measure: 'count' })
  const shuttle = await ok('competition', 'demo-officer-1', { action: 'addEvent', competitionId: meet.id, name: `踢毽子${n}`, kind: 'measured', measure: 'count' })
  const volley = await ok('competition', 'demo-officer-1', { action: 'addEvent', competitionId: meet.id, name: `气排球${n}`, kind: 'judged', team: true })
  const pointsOf = async (unit: string) =>
    (await ok('competition', 'demo-member-1', { action: 'leaderboard', competitionId: meet.id })).items.find((r: { unit: string }) => r.unit === unit).points as number
  const before = await pointsOf('语文组')

  // 陈思远 (语文组) finds 跳绳 on the board and asks to enter, then 踢毽子 from its own page
  const member = await env.open({ as: 'demo-member-1', at: `/pages/competition-board/index?id=${meet.id}` })
  const open = member.screen().locator('.card', { hasText: '报名中的项目' })
  await open.getByText(`跳绳${n}`, { exact: true }).click()
  await member
    .screen()
    .getByText(/报名后由语文组的委员审核/)
    .waitFor()
  await member.screen().getByText('我要报名', { exact: true }).click()
  await member.page.getByText('报名', { exact: true }).last().click()
  await member.screen().getByText('等待语文组的委员审核，通过后即计入名额').waitFor()
  await member.screen().getByText('待审核', { exact: true }).waitFor()
  await member.shot('competition-self-entry-pending')
  await member.expectHealthy()
  await member.goto(`/pages/competition-event/index?id=${shuttle.id}`)
  await member.screen().getByText('我要报名', { exact: true }).click()
  await member.page.getByText('报名', { exact: true }).last().click()
  await member.screen().getByText('待审核', { exact: true }).waitFor()

  // 李晓梅, 语文组's officer, approves 跳绳 and declines 踢毽子 with a reason
  const unitOfficer = await env.open({ as: 'demo-officer-2', at: `/officer/pages/competition-entries/index?eventId=${rope.id}` })
  const pending = unitOfficer.screen().locator('.comp-entries__pending')
  await pending.getByText('陈思远', { exact: true }).waitFor()
  await unitOfficer.shot('competition-entries-pending')
  await pending.locator('.comp-entries__request', { hasText: '陈思远' }).getByText('通过', { exact: true }).click()
  await pending.getByText('没有待审核的报名').waitFor()
  await unitOfficer.goto(`/officer/pages/competition-entries/index?eventId=${shuttle.id}`)
  const other = unitOfficer.screen().locator('.comp-entries__pending')
  await other.locator('.comp-entries__request', { hasText: '陈思远' }).getByText('退回', { exact: true }).click()
  await unitOfficer.screen().getByPlaceholder('退回原因（选填），会员能看到').fill('语文组已安排孙浩参加')
  await unitOfficer.screen().getByText('确认退回', { exact: true }).click()
  await unitOfficer.screen().getByText('李晓梅退回：语文组已安排孙浩参加').waitFor()
  await unitOfficer.close()
  await member.goto(`/pages/competition-event/index?id=${rope.id}`)
  await member.screen().getByText('李晓梅已确认你的报名，请按时参赛').waitFor()
  await member.shot('competition-self-entry-approved')
  await member.goto(`/pages/competition-event/index?id=${shuttle.id}`)
  await member.screen().getByText('李晓梅退回了你的报名').waitFor()
  await member.screen().getByText('未通过', { exact: true }).waitFor()

  // 跳绳's result is recorded and published: 陈思远 first
  const { member: chen } = await ok('member', 'demo-member-1', { action: 'me' })
  await ok('competition', 'demo-officer-1', { action: 'recordResult', eventId: rope.id, unit: chen.unit, memberId: chen.id, value: 186 })
  await ok('competition', 'demo-chair', { action: 'publish', eventId: rope.id })

  // 王建国 draws 气排球 up as a 4-team knockout and records it; the final is set for 15:30 on court 2
  const officer = await env.open({ as: 'demo-officer-1', at: `/officer/pages/competition-bracket/index?eventId=${volley.id}` })
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
  await match('决赛').getByText('录入比分').click()
  const inputs = officer.screen().locator('.comp-bracket__nums input')
  await inputs.nth(2).fill('15:30')
  await inputs.nth(3).fill('2号场')
  await officer.screen().getByText('安排时间场地（今天）', { exact: true }).click()
  await match('决赛')
    .getByText(/15:30 在2号场/)
    .waitFor()
  // 语文组's members see their match on the board
  await member.goto(`/pages/competition-board/index?id=${meet.id}`)
  await member.screen().getByText('你的比赛 15:30 在2号场', { exact: true }).waitFor()
  await member.screen().getByText(`气排球${n} 决赛 · 语文组 对 英语组`).waitFor()
  await member.shot('competition-board-my-match')
  await score('决赛', '25', '23')
  await officer.screen().getByText('第1名 语文组').waitFor()
  await officer.shot('competition-bracket-recorded')
  await officer.expectHealthy()
  await officer.close()
  await ok('competition', 'demo-chair', { action: 'publish', eventId: volley.id })

  // the chair gives 艺术组 5 points for its 开幕式方阵
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

  // the board: the bracket with its places, and the unit table with 语文组's 7 + 7 points and 艺术组's bonus column
  await member.goto(`/pages/competition-board/index?id=${meet.id}`)
  const bracket = member.screen().locator('.card', { hasText: `气排球${n} 对阵` })
  await bracket.getByText('第1名 语文组').waitFor()
  await bracket.getByText('第2名 英语组').waitFor()
  await bracket.locator('.bracket__match', { hasText: '25 : 23' }).waitFor()
  expect(await member.screen().getByText('你的比赛 15:30 在2号场').count()).toBe(0)
  const row = member.screen().locator('.unit-table__row', { hasText: '语文组' })
  await row.locator('.unit-table__points', { hasText: String(before + 14) }).waitFor()
  const arts = member.screen().locator('.unit-table__row', { hasText: '艺术组' })
  await arts.locator('.unit-table__bonus', { hasText: '+5' }).waitFor()
  await member.screen().getByText('艺术组 +5 分：开幕式方阵').waitFor()
  await member.shot('competition-board-bracket')
  await member.expectHealthy()

  // 陈思远 saves the 奖状 for his first place in 跳绳
  await member.goto(`/pages/competition-event/index?id=${rope.id}`)
  await member.screen().getByText('保存奖状', { exact: true }).click()
  await member.page.waitForFunction(() => {
    const el = document.querySelector('.drawn-image__img img, img.drawn-image__img') as HTMLImageElement | null
    return !!el && el.complete && el.naturalWidth === 1403
  })
  await member.shot('competition-certificate')
  const [download] = await Promise.all([member.page.waitForEvent('download'), member.screen().getByText('保存到相册', { exact: true }).click()])
  expect(download.suggestedFilename()).toMatch(new RegExp(`奖状-跳绳${n}-陈思远\\.png$`))
  await member.expectHealthy()
  await member.close()
}, 240_000)
