import readXlsxFile from 'read-excel-file/node'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { kit } from '../testing'

const fields = [
  { key: 'size', label: '衣服尺码', type: 'single', options: ['M', 'L'], required: true },
  { key: 'events', label: '参赛项目', type: 'multiple', options: ['拔河', '跳绳'] }
]

async function withEntries() {
  const k = await kit(4)
  const id = await k.create({ capacity: 3, fields })
  for (const [i, p] of k.people.entries()) await k.signup(p, id, { answers: { size: i % 2 ? 'L' : 'M', events: ['拔河'] } })
  return { ...k, id }
}

describe('activity.roster, attendance and export', () => {
  it('shows officers the confirmed and the waitlist with answers and positions', async () => {
    const { h, id } = await withEntries()
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed.map((e: { name: string; unit: string; answers: unknown }) => [e.name, e.unit, e.answers])).toEqual([
      ['会员1', '语文组', { size: 'M', events: ['拔河'] }],
      ['会员2', '数学组', { size: 'L', events: ['拔河'] }],
      ['会员3', '语文组', { size: 'M', events: ['拔河'] }]
    ])
    expect(r.waitlisted).toEqual([expect.objectContaining({ name: '会员4', position: 1, attended: false })])
    expect(r.turnout).toEqual([
      { unit: '数学组', signedUp: 1, attended: 0 },
      { unit: '语文组', signedUp: 2, attended: 0 }
    ])
    expect(await h.call('activity', 'm1', { action: 'roster', id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('an officer marks attendance and the turnout per unit follows', async () => {
    const { h, id, people } = await withEntries()
    expect(await h.ok('activity', 'officer', { action: 'attendance', id, memberId: people[0].id, attended: true })).toEqual({ memberId: people[0].id, attended: true })
    await h.ok('activity', 'officer', { action: 'attendance', id, memberId: people[1].id, attended: true })
    await h.ok('activity', 'officer', { action: 'attendance', id, memberId: people[1].id, attended: false })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed[0]).toMatchObject({ attended: true, checkinBy: 'officer' })
    expect(r.confirmed[1]).toMatchObject({ attended: false })
    expect(r.turnout).toEqual([
      { unit: '数学组', signedUp: 1, attended: 0 },
      { unit: '语文组', signedUp: 2, attended: 1 }
    ])
    expect(await h.call('activity', 'officer', { action: 'attendance', id, memberId: people[3].id, attended: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await h.call('activity', 'officer', { action: 'attendance', id, memberId: 'nobody', attended: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('activity', 'officer', { action: 'attendance', id, memberId: people[0].id })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '缺少到场' } })
  })

  it('exports the roster with answers and attendance as an .xlsx that reads back', async () => {
    const { h, id, people } = await withEntries()
    await h.ok('activity', 'officer', { action: 'attendance', id, memberId: people[0].id, attended: true })
    const out = await h.ok('activity', 'officer', { action: 'export', id })
    expect(out.fileName).toBe('周末登山-报名表.xlsx')
    expect(out.url).toMatch(/^\/_local\/files\//)
    const file = join(h.cloud.filesDir, decodeURIComponent(out.url.slice('/_local/files/'.length)))
    const rows = await readXlsxFile(readFileSync(file))
    expect(rows[0]).toEqual(['序号', '姓名', '部门', '状态', '衣服尺码', '参赛项目', '签到', '报名时间'])
    expect(rows.slice(1).map((r) => r.slice(0, 7))).toEqual([
      [1, '会员1', '语文组', '已报名', 'M', '拔河', '已到'],
      [2, '会员2', '数学组', '已报名', 'L', '拔河', '未到'],
      [3, '会员3', '语文组', '已报名', 'M', '拔河', '未到'],
      [4, '会员4', '数学组', '候补第1位', 'L', '拔河', null]
    ])
    expect(rows[1][7]).toBe('2026-11-24 10:00')
    const turnout = await readXlsxFile(readFileSync(file), { sheet: '各部门到场' })
    expect(turnout).toEqual([
      ['部门', '报名人数', '实到人数'],
      ['数学组', 1, 0],
      ['语文组', 2, 1],
      ['合计', 3, 1]
    ])
    expect(await h.call('activity', 'm1', { action: 'export', id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('activity.checkin', () => {
  it('a confirmed member checks in with the code the officer shows, during the activity', async () => {
    const { h, id } = await withEntries()
    const { code, opensAt, closesAt } = await h.ok('activity', 'officer', { action: 'checkinCode', id })
    expect(code).toMatch(/^\d{4}$/)
    expect([opensAt, closesAt]).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-01T08:00:00.000Z'])
    expect(await h.call('activity', 'm1', { action: 'checkin', id, code })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    h.setNow('2026-12-01T01:30:00.000Z')
    expect(await h.call('activity', 'm1', { action: 'checkin', id, code })).toEqual({ ok: true, data: { attended: true, attendedAt: '2026-12-01T01:30:00.000Z' } })
    expect(await h.call('activity', 'm4', { action: 'checkin', id, code })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '候补中的报名不能签到' } })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed[0]).toMatchObject({ attended: true, checkinBy: 'code' })
    const mine = await h.ok('activity', 'm1', { action: 'get', id })
    expect(mine.mine.attended).toBe(true)
    h.setNow('2026-12-01T08:00:00.000Z')
    expect(await h.call('activity', 'm2', { action: 'checkin', id, code })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
  })

  it('refuses a wrong code, and after five wrong codes sends the member to an officer', async () => {
    const { h, id } = await withEntries()
    const { code } = await h.ok('activity', 'officer', { action: 'checkinCode', id })
    const wrong = code === '0000' ? '1111' : '0000'
    h.setNow('2026-12-01T01:30:00.000Z')
    const before = await h.snapshot()
    expect(await h.call('activity', 'm1', { action: 'checkin', id, code: '12a4' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '签到码是 4 位数字' } })
    expect(await h.snapshot()).toBe(before)
    for (let i = 0; i < 5; i++) expect(await h.call('activity', 'm1', { action: 'checkin', id, code: wrong })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await h.call('activity', 'm1', { action: 'checkin', id, code })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await h.call('activity', 'm1', { action: 'checkinCode', id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
