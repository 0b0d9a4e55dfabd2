import { useLocalApp } from './support'

const env = useLocalApp()

/** A phone on the app as openid. */
const open = (as: string) => env.open({ as })

async function ok<T = any>(fn: string, openid: string, event: Record<string, unknown>): Promise<T> {
  const r = await env.app.call<T>(fn, openid, event)
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
  return r.data
}

it('an officer records three results with a tie, the chair publishes, a member sees 1, 1, 3 and the unit table', async () => {
  const { items } = await ok('competition', 'demo-officer-1', { action: 'list' })
  const meet = items.find((c: { title: string }) => c.title === '2026年秋季教职工运动会')
  const event = await ok('competition', 'demo-officer-1', { action: 'addEvent', competitionId: meet.id, name: '60米', kind: 'timed', category: '男子' })

  // the officer records by hand: unit, name, time
  const officer = await open('demo-officer-1')
  await officer.goto(`/officer/pages/competition-record/index?eventId=${event.id}`)
  await officer.screen().getByText('手动填写', { exact: true }).click()
  for (const [unit, name, time] of [
    ['语文组', '孙浩', '8.12'],
    ['数学组', '余海', '8.12'],
    ['体育组', '宋刚', '8.45']
  ]) {
    await officer.screen().locator('.comp-record__pick .chip', { hasText: unit }).click()
    await officer.screen().getByPlaceholder('运动员姓名').fill(name)
    await officer.screen().getByPlaceholder(/秒数/).fill(time)
    await officer.screen().getByText('保存成绩', { exact: true }).click()
    await officer.screen().locator('.standings__name', { hasText: name }).waitFor()
  }
  await officer.screen().locator('.corrections__change', { hasText: '录入 8.45秒' }).waitFor()
  await officer.shot('competition-officer-record')
  await officer.expectHealthy()
  await officer.close()

  // members see nothing of it yet
  expect(await env.app.call('competition', 'demo-member-1', { action: 'standings', eventId: event.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

  // the chair reviews the recorded places and publishes
  const chair = await open('demo-chair')
  await chair.goto(`/officer/pages/competition-review/index?id=${meet.id}`)
  await chair.screen().locator('.list-item', { hasText: '男子60米' }).click()
  await chair.screen().locator('.standings__name', { hasText: '宋刚' }).waitFor()
  await chair.shot('competition-chair-review')
  await chair.screen().getByText('审核无误，公布成绩', { exact: true }).click()
  await chair.page.getByText('公布', { exact: true }).last().click()
  await chair.screen().locator('.list-item', { hasText: '男子60米' }).getByText('已公布').waitFor()
  await chair.expectHealthy()
  await chair.close()

  // a member finds the board from 活动 and sees places 1, 1, 3 and the unit table
  const member = await open('demo-member-1')
  await member.tab('活动')
  await member.screen().getByText('比赛成绩').click()
  await member.screen().getByText('2026年秋季教职工运动会', { exact: true }).click()
  await member.screen().getByText('团体总分').waitFor()
  const card = member.screen().locator('.card', { hasText: '男子60米' })
  await card.waitFor()
  expect(await card.locator('.standings__place').allInnerTexts()).toEqual(['1', '1', '3'])
  expect(await card.locator('.standings__name').allInnerTexts()).toEqual(['孙浩', '余海', '宋刚'])
  const units = await member.screen().locator('.unit-table__row:not(.unit-table__row--head) .unit-table__unit').allInnerTexts()
  expect(units).toHaveLength(8)
  await member.shot('competition-member-board')
  await member.expectHealthy()

  await card.getByText('全部名次').click()
  const standings = member.screen().locator('.standings')
  await standings.locator('.standings__points', { hasText: '6 分' }).first().waitFor()
  expect(await standings.locator('.standings__place').allInnerTexts()).toEqual(['1', '1', '3'])
  expect(await standings.locator('.standings__points').allInnerTexts()).toEqual(['6 分 · 一等奖', '6 分 · 一等奖', '4 分 · 三等奖'])
  await member.shot('competition-member-event')
  await member.expectHealthy()
  await member.close()
}, 120_000)
