import { localOpenApi } from '../../_local/openapi'
import { dispatch } from '../../_shared/dispatch'
import { activity } from '../actions'
import { kit } from '../testing'

describe('activity.mine', () => {
  it('sorts my activities into upcoming, waitlisted, past and attended', async () => {
    const { h, people, create, signup } = await kit(2)
    const soon = await create({ title: '周末登山', capacity: 5 })
    const full = await create({ title: '插花', capacity: 1, startAt: '2026-12-02T01:00:00.000Z', endAt: undefined })
    const early = await create({ title: '趣味运动会', startAt: '2026-11-26T01:00:00.000Z', endAt: '2026-11-26T05:00:00.000Z', signupClosesAt: '2026-11-25T10:00:00.000Z' })
    const other = await create({ title: '读书会', startAt: '2026-11-27T01:00:00.000Z', endAt: undefined, signupClosesAt: '2026-11-26T10:00:00.000Z' })
    await signup(people[1], full)
    for (const id of [soon, full, early, other]) await signup(people[0], id)
    await h.ok('activity', 'officer', { action: 'attendance', id: early, memberId: people[0].id, attended: true })
    await create({ title: '没报名的活动' })
    h.setNow('2026-11-28T00:00:00.000Z')
    const { items } = await h.ok('activity', 'm1', { action: 'mine' })
    expect(items.map((i: { activity: { title: string; mine: { position?: number } }; group: string }) => [i.activity.title, i.group, i.activity.mine.position])).toEqual([
      ['周末登山', 'upcoming', undefined],
      ['插花', 'waitlisted', 1],
      ['读书会', 'past', undefined],
      ['趣味运动会', 'attended', undefined]
    ])
  })

  it('leaves out what I cancelled', async () => {
    const { h, people, create, signup } = await kit(1)
    const id = await create()
    await signup(people[0], id)
    await h.ok('activity', 'm1', { action: 'cancel', id })
    expect(await h.ok('activity', 'm1', { action: 'mine' })).toEqual({ items: [] })
  })
})

describe('activity remind (timer)', () => {
  it('pushes confirmed members with a grant the day before the start, once', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 2 })
    const later = await create({ title: '下周活动', startAt: '2026-12-08T01:00:00.000Z', endAt: undefined, signupClosesAt: '2026-12-07T10:00:00.000Z' })
    for (const p of people) await signup(p, id)
    await signup(people[0], later)
    for (const who of ['m1', 'm3']) await h.ok('member', who, { action: 'subscribe', templateKey: 'activity', accepted: true })
    // 2026-11-30 18:00 in Shanghai: the activity starts tomorrow at 09:00
    h.setNow('2026-11-30T10:00:00.000Z')
    expect(await h.cloud.fireTimer('activity', 'remind')).toEqual({ ok: true, data: { activities: 1, reminded: 1, done: true } })
    expect(await h.cloud.fireTimer('activity', 'remind')).toEqual({ ok: true, data: { activities: 1, reminded: 0, done: true } })
    expect(h.cloud.outbox).toEqual([expect.objectContaining({ touser: 'm1', templateKey: 'activity', data: expect.objectContaining({ time: '2026-12-01 09:00' }) })])
  })

  it('stops when the platform leaves it too little time, and the next firing reminds the rest, each once', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 3 })
    for (const p of people) await signup(p, id)
    for (const who of ['m1', 'm2', 'm3']) await h.ok('member', who, { action: 'subscribe', templateKey: 'activity', accepted: true })
    h.setNow('2026-11-30T10:00:00.000Z')
    // the platform's clock as the run sees it: 10 s at the start, then 1 s left after one reminder
    let looks = 0
    const wiring = {
      openid: '',
      db: h.cloud.db,
      now: h.cloud.now,
      openapi: localOpenApi((e) => h.cloud.outbox.push(e), h.cloud.now, h.cloud.filesDir),
      env: h.cloud.env,
      log: () => {},
      remainingMs: () => (looks++ < 2 ? 10_000 : 1_000)
    }
    const event = { Type: 'Timer', TriggerName: 'remind', Time: '2026-11-30T10:00:00.000Z' }
    expect(await dispatch(activity, event, wiring)).toEqual({ ok: true, data: { activities: 1, reminded: 1, done: false } })
    expect(await h.cloud.fireTimer('activity', 'remind')).toEqual({ ok: true, data: { activities: 1, reminded: 2, done: true } })
    expect(h.cloud.outbox.map((o) => o.touser).sort()).toEqual(['m1', 'm2', 'm3'])
  })

  it('counts the day in Shanghai, whatever the server clock zone', async () => {
    const { h, people, create, signup } = await kit(1)
    // starts 2026-12-01 00:30 Shanghai = 2026-11-30 16:30 UTC
    const id = await create({ startAt: '2026-11-30T16:30:00.000Z', endAt: '2026-11-30T20:00:00.000Z', signupClosesAt: '2026-11-29T10:00:00.000Z' })
    await signup(people[0], id)
    await h.ok('member', 'm1', { action: 'subscribe', templateKey: 'activity', accepted: true })
    h.setNow('2026-11-29T23:00:00.000Z') // 11-30 07:00 in Shanghai
    expect((await h.cloud.fireTimer('activity', 'remind')).ok && h.cloud.outbox).toHaveLength(1)
  })

  it('refuses a timer event that carries a caller', async () => {
    const { h } = await kit(1)
    expect(await h.call('activity', 'm1', { Type: 'Timer', TriggerName: 'remind' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
