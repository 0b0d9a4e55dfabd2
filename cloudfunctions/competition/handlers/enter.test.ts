import { COMP_COUNTERS, COMP_ENTRIES } from '../../_shared/collections'
import { collection, getAll } from '../../_shared/db'
import type { EntryDoc } from '../data/docs'
import { unitPlaces, type PlacesDoc } from '../data/places'
import { CHAIR, fixture, MEMBER, OFFICER, OFFICER_YW } from '../test-fixture'

const enter = (f: Awaited<ReturnType<typeof fixture>>, as: string, eventId: string, name: string) => f.h.call('competition', as, { action: 'enter', eventId, memberId: f.people[name].id })

describe('competition.enter', () => {
  it('an officer enters athletes of their unit, and the athlete sees their events', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
    expect(await enter(f, OFFICER_YW, ev.id, '陈思远')).toMatchObject({ ok: true, data: { name: '陈思远', unit: '语文组' } })
    const { items } = await f.h.ok('competition', OFFICER, { action: 'entries', eventId: ev.id })
    expect(items.map((e: any) => e.name)).toEqual(['陈思远'])
    const mine = await f.h.ok('competition', MEMBER, { action: 'myEvents' })
    expect(mine.items).toEqual([expect.objectContaining({ eventName: '100米', competitionTitle: '秋季运动会', unit: '语文组' })])
    expect(mine.items[0].place).toBeUndefined()
    await f.record(ev.id, '语文组', { memberId: f.people['陈思远'].id, value: 12.5 })
    await f.publish(ev.id)
    expect((await f.h.ok('competition', MEMBER, { action: 'myEvents' })).items[0]).toMatchObject({ place: 1, display: '12.50秒', prize: '一等奖' })
  })

  it('refuses entries over the per-unit limit of an event, naming the unit', async () => {
    const f = await fixture({ unitLimit: 1 })
    const ev = await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
    await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: ev.id, memberId: f.people['陈思远'].id })
    const before = await f.h.snapshot()
    expect(await enter(f, OFFICER_YW, ev.id, '孙浩')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '语文组在100米已报满 1 人' } })
    expect(await enter(f, OFFICER_YW, ev.id, '陈思远')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '陈思远已经报名了100米' } })
    expect(await f.h.snapshot()).toBe(before)
  })

  it('refuses a third individual event for one person, but team events do not count', async () => {
    const f = await fixture({ personLimit: 2 })
    const ids = []
    for (const name of ['100米', '200米', '400米']) ids.push((await f.addEvent({ name, kind: 'timed' })).id)
    const relay = await f.addEvent({ name: '4×100米接力', kind: 'timed', team: true, unitLimit: 4 })
    await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: ids[0], memberId: f.people['赵敏'].id })
    await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: ids[1], memberId: f.people['赵敏'].id })
    expect(await enter(f, OFFICER_YW, relay.id, '赵敏')).toMatchObject({ ok: true })
    expect(await enter(f, OFFICER_YW, ids[2], '赵敏')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '赵敏已报 2 个个人项目，达到每人上限' } })
    // withdrawing frees the place
    await f.h.ok('competition', OFFICER_YW, { action: 'withdraw', eventId: ids[0], memberId: f.people['赵敏'].id })
    expect(await enter(f, OFFICER_YW, ids[2], '赵敏')).toMatchObject({ ok: true })
  })

  it('an entry cut off after taking its places is finished by its retry, and counts once', async () => {
    const f = await fixture({ unitLimit: 2 })
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    f.h.cloud.failNext('modifyDocument', COMP_ENTRIES)
    expect(await enter(f, OFFICER_YW, ev.id, '陈思远')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await enter(f, OFFICER_YW, ev.id, '陈思远')).toMatchObject({ ok: true })
    expect(await enter(f, OFFICER_YW, ev.id, '孙浩')).toMatchObject({ ok: true })
    expect(await enter(f, OFFICER_YW, ev.id, '赵敏')).toMatchObject({ ok: false, error: { message: '语文组在100米已报满 2 人' } })
    const { items } = await f.h.ok('competition', OFFICER, { action: 'entries', eventId: ev.id })
    expect(items.map((e: any) => e.name).sort()).toEqual(['孙浩', '陈思远'].sort())
  })

  it('a place held by a call that was never retried is given back once it is older than any call runs', async () => {
    const f = await fixture({ unitLimit: 1 })
    const ev = await f.addEvent({ name: '跳绳', kind: 'timed' })
    f.h.cloud.failNext('modifyDocument', COMP_ENTRIES)
    expect(await enter(f, OFFICER_YW, ev.id, '陈思远')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    // a minute later the cut-off call may still be running: its place stays held
    f.h.setNow('2026-11-24T02:01:00.000Z')
    expect(await enter(f, OFFICER_YW, ev.id, '赵敏')).toMatchObject({ ok: false, error: { message: '语文组在跳绳已报满 1 人' } })
    f.h.setNow('2026-11-24T02:03:00.000Z')
    expect(await enter(f, OFFICER_YW, ev.id, '赵敏')).toMatchObject({ ok: true })
    const { items } = await f.h.ok('competition', OFFICER, { action: 'entries', eventId: ev.id })
    expect(items.map((e: any) => e.name)).toEqual(['赵敏'])
  })

  it('a withdraw cut off after removing the entry frees its places on retry', async () => {
    const f = await fixture({ unitLimit: 1 })
    const ev = await f.addEvent({ name: '跳绳', kind: 'timed' })
    await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: ev.id, memberId: f.people['陈思远'].id })
    f.h.cloud.failNext('modifyDocument', COMP_COUNTERS)
    expect(await f.h.call('competition', OFFICER_YW, { action: 'withdraw', eventId: ev.id, memberId: f.people['陈思远'].id })).toMatchObject({ ok: false })
    expect(await f.h.call('competition', OFFICER_YW, { action: 'withdraw', eventId: ev.id, memberId: f.people['陈思远'].id })).toMatchObject({ ok: true })
    expect(await f.h.call('competition', OFFICER_YW, { action: 'withdraw', eventId: ev.id, memberId: f.people['陈思远'].id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await enter(f, OFFICER_YW, ev.id, '赵敏')).toMatchObject({ ok: true })
  })

  it('a retry taking over its stale place races a full unit healing: the unit never holds more than its limit', async () => {
    for (let run = 0; run < 3; run++) {
      const f = await fixture({ unitLimit: 1 })
      const ev = await f.addEvent({ name: '跳远', kind: 'timed' })
      f.h.cloud.failNext('modifyDocument', COMP_ENTRIES)
      expect(await enter(f, OFFICER_YW, ev.id, '陈思远')).toMatchObject({ ok: false })
      f.h.setNow('2026-11-24T02:05:00.000Z')
      await Promise.all([enter(f, OFFICER_YW, ev.id, '陈思远'), enter(f, OFFICER_YW, ev.id, '孙浩')])
      await expectAgreeing(f)
      const { items } = await f.h.ok('competition', OFFICER, { action: 'entries', eventId: ev.id })
      expect(items).toHaveLength(1)
    }
  })

  it('a withdraw and an entry of the same member at once leave the entry and its places agreeing', async () => {
    const f = await fixture({ unitLimit: 2 })
    const ev = await f.addEvent({ name: '跳远', kind: 'timed' })
    const args = { action: 'withdraw', eventId: ev.id, memberId: f.people['陈思远'].id }
    for (let run = 0; run < 4; run++) {
      await enter(f, OFFICER_YW, ev.id, '陈思远')
      await Promise.all([f.h.call('competition', OFFICER_YW, args), enter(f, OFFICER_YW, ev.id, '陈思远')])
      await expectAgreeing(f)
    }
  })

  it('a withdraw cut off between its two releases is finished by its retry', async () => {
    const f = await fixture({ personLimit: 1 })
    const [a, b] = [(await f.addEvent({ name: '跳远', kind: 'timed' })).id, (await f.addEvent({ name: '跳高', kind: 'timed' })).id]
    await enter(f, OFFICER_YW, a, '赵敏')
    f.h.cloud.failNext('modifyDocument', COMP_COUNTERS, { skip: 1 })
    const args = { action: 'withdraw', eventId: a, memberId: f.people['赵敏'].id }
    expect(await f.h.call('competition', OFFICER_YW, args)).toMatchObject({ ok: false })
    expect(await f.h.call('competition', OFFICER_YW, args)).toMatchObject({ ok: true })
    // her one individual event is free again
    expect(await enter(f, OFFICER_YW, b, '赵敏')).toMatchObject({ ok: true })
    await expectAgreeing(f)
  })

  it('a counter written before places held their holders is rebuilt from the entries', async () => {
    const f = await fixture({ unitLimit: 1 })
    const ev = await f.addEvent({ name: '跳远', kind: 'timed' })
    await enter(f, OFFICER_YW, ev.id, '陈思远')
    // as the transaction version left it: a bare count
    const unit = unitPlaces(ev.id, '语文组')
    await f.h.cloud.db
      .collection(COMP_COUNTERS)
      .doc(unit)
      .set({ data: { count: 1 } })
    expect(await enter(f, OFFICER_YW, ev.id, '孙浩')).toMatchObject({ ok: false, error: { message: '语文组在跳远已报满 1 人' } })
    await f.h.ok('competition', OFFICER_YW, { action: 'withdraw', eventId: ev.id, memberId: f.people['陈思远'].id })
    expect(await enter(f, OFFICER_YW, ev.id, '孙浩')).toMatchObject({ ok: true })
    await expectAgreeing(f)
  })

  it('never exceeds the limit when officers enter at the same moment', async () => {
    const f = await fixture({ unitLimit: 2 })
    const ev = await f.addEvent({ name: '100米', kind: 'timed' })
    const res = await Promise.all(['陈思远', '孙浩', '陈思远', '孙浩', '赵敏'].map((n) => enter(f, OFFICER_YW, ev.id, n)).concat([enter(f, CHAIR, ev.id, '孙浩')]))
    // the same member entered twice at once is one entry, answered as done to both; of three people two get in
    const admitted = new Set(res.flatMap((r) => (r.ok ? [r.data.name] : [])))
    expect(admitted.size).toBe(2)
    expect(res.flatMap((r) => (r.ok ? [] : [r.error.code + ' ' + r.error.message])).filter((m) => !/^CONFLICT .*(已报满 2 人|已经报名)/.test(m))).toEqual([])
    const { items } = await f.h.ok('competition', OFFICER, { action: 'entries', eventId: ev.id })
    expect(new Set(items.map((e: { name: string }) => e.name))).toEqual(admitted)
  })

  it('keeps men’s events for men, officers to their own unit, and units to the competition', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
    const before = await f.h.snapshot()
    expect(await enter(f, OFFICER_YW, ev.id, '赵敏')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '男子100米只能报男会员' } })
    expect(await enter(f, OFFICER_YW, ev.id, '吴强')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await enter(f, CHAIR, ev.id, '潘国栋')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('不是本次比赛的参赛单位') } })
    expect(await enter(f, MEMBER, ev.id, '陈思远')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await f.h.call('competition', CHAIR, { action: 'enter', eventId: ev.id, memberId: 'ghost' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await f.h.call('competition', CHAIR, { action: 'enter', eventId: 'ghost', memberId: f.people['陈思远'].id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await f.h.call('competition', CHAIR, { action: 'enter', eventId: ev.id })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await f.h.snapshot()).toBe(before)
  })
})

/** Every unit counter holds exactly the members entered for it, and counts them. */
async function expectAgreeing(f: Awaited<ReturnType<typeof fixture>>) {
  const counters = await getAll(collection<PlacesDoc>(f.h.cloud.db, COMP_COUNTERS))
  const entries = await getAll(collection<EntryDoc>(f.h.cloud.db, COMP_ENTRIES))
  for (const c of counters) {
    const holds = Object.values(c.h ?? {})
    expect(c.count).toBe(holds.length)
  }
  const units = new Map(counters.map((c) => [c._id, c]))
  for (const e of entries) {
    const c = units.get(unitPlaces(e.eventId, e.unit))
    expect(Object.values(c?.h ?? {}).map((x) => x.of)).toContain(e.memberId)
  }
  const held = counters.flatMap((c) => Object.values(c.h ?? {}).map((x) => x.of)).filter((of) => Object.values(f.people).some((p) => p.id === of))
  for (const of of held) expect(entries.map((e) => e.memberId)).toContain(of)
}
