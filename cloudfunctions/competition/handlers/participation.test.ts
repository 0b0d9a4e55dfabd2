import { base } from '../../activity/testing'
import { CHAIR, fixture, MEMBER, OFFICER } from '../test-fixture'

type F = Awaited<ReturnType<typeof fixture>>

const table = async (f: F) => (await f.h.ok<any>('competition', MEMBER, { action: 'leaderboard', competitionId: f.competitionId })).items
const row = (items: any[], unit: string) => items.find((r: any) => r.unit === unit)

/** Three 语文组 and one 数学组 member sign up for the linked activity; the officer marks who came. */
async function checkedIn(f: F, came: string[]) {
  const id = (await f.h.ok<any>('activity', OFFICER, { action: 'create', ...base, competitionId: f.competitionId })).id as string
  for (const name of ['孙浩', '赵敏', '陈思远', '吴强']) await f.h.ok('activity', OFFICER, { action: 'signupFor', id, memberId: f.people[name].id })
  f.h.setNow(base.startAt)
  for (const name of came) await f.h.ok('activity', OFFICER, { action: 'attendance', id, memberId: f.people[name].id, attended: true })
  return id
}

describe('参与分 from check-ins at the linked activity', () => {
  it('adds per unit the points of its members checked in, as its own column and in the total', async () => {
    const f = await fixture()
    await f.h.ok('competition', CHAIR, { action: 'setParticipation', competitionId: f.competitionId, perCheckin: 0.5 })
    const id = await checkedIn(f, ['孙浩', '赵敏', '吴强'])
    let items = await table(f)
    expect(row(items, '语文组')).toMatchObject({ participation: 1, points: 1, place: 1 })
    expect(row(items, '数学组')).toMatchObject({ participation: 0.5, points: 0.5 })
    expect(row(items, '英语组')).toMatchObject({ participation: 0, points: 0 })
    // recomputed from the records: a correction shows at the next look, re-reading changes nothing
    await f.h.ok('activity', OFFICER, { action: 'attendance', id, memberId: f.people['赵敏'].id, attended: false })
    items = await table(f)
    expect(row(items, '语文组')).toMatchObject({ participation: 0.5, points: 0.5 })
    expect(await table(f)).toEqual(items)
    // the board and the awards count it the same
    const board = await f.h.ok<any>('competition', MEMBER, { action: 'board', competitionId: f.competitionId })
    expect(row(board.table, '语文组')).toMatchObject({ participation: 0.5 })
  })

  it('is absent, and counts nothing, unless the competition counts it; the chair can turn it off', async () => {
    const f = await fixture()
    await checkedIn(f, ['孙浩'])
    expect(row(await table(f), '语文组')).toEqual(expect.not.objectContaining({ participation: expect.anything() }))
    expect(row(await table(f), '语文组').points).toBe(0)
    const on = await f.h.ok<any>('competition', CHAIR, { action: 'setParticipation', competitionId: f.competitionId, perCheckin: 2 })
    expect(on.participation).toEqual({ perCheckin: 2 })
    expect(row(await table(f), '语文组')).toMatchObject({ participation: 2, points: 2 })
    await f.h.ok('competition', CHAIR, { action: 'setParticipation', competitionId: f.competitionId, perCheckin: null })
    expect(row(await table(f), '语文组').points).toBe(0)
    // only the chair sets it, and a bad figure is named
    expect(await f.h.call('competition', OFFICER, { action: 'setParticipation', competitionId: f.competitionId, perCheckin: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await f.h.call('competition', CHAIR, { action: 'setParticipation', competitionId: f.competitionId, perCheckin: 0 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('每人次参与分至少 0.1') }
    })
  })
})
