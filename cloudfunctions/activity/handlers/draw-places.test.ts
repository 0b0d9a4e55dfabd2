import { verifyLottery } from '../../../types/lottery'
import { kit } from '../testing'

const AFTER_CLOSE = '2026-11-30T11:00:00.000Z'

describe('activity.drawPlaces (lottery)', () => {
  it('takes entries until the close, then draws places a phone can verify, the rest waitlisted in draw order', async () => {
    const { h, people, create, signup } = await kit(8)
    const id = await create({ capacity: 3, allocation: 'lottery' })
    for (const p of people) expect(await signup(p, id)).toMatchObject({ ok: true, data: { status: 'entered' } })
    // an entrant holds no place before the draw
    expect(await h.ok('activity', 'm1', { action: 'get', id })).toMatchObject({ confirmed: 0, entered: 8, mine: { status: 'entered' } })
    expect(await h.call('activity', 'officer', { action: 'drawPlaces', id })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    h.setNow(AFTER_CLOSE)
    const out = await h.ok('activity', 'officer', { action: 'drawPlaces', id })
    expect(out).toMatchObject({ winners: 3, waitlisted: 5 })
    expect(
      verifyLottery({ commitment: out.draw.commitment, secret: out.draw.secret, entrants: out.draw.entrants, rules: out.draw.rules, winners: out.draw.winners, waitlist: out.draw.waitlist })
    ).toBe(true)
    // a forged result fails the check
    expect(verifyLottery({ ...out.draw, winners: [...out.draw.winners].reverse() })).toBe(false)
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed).toHaveLength(3)
    expect(r.waitlisted.map((w: { position: number }) => w.position)).toEqual([1, 2, 3, 4, 5])
    // each member sees their own outcome: a place, or their turn on the waitlist in draw order
    for (let i = 0; i < people.length; i++) {
      const me = await h.ok('activity', `m${i + 1}`, { action: 'get', id })
      const at = out.draw.waitlist.indexOf(me.mine.ticket)
      if (out.draw.winners.includes(me.mine.ticket)) expect(me.mine.status).toBe('confirmed')
      else expect(me.mine).toMatchObject({ status: 'waitlisted', position: at + 1 })
    }
  })

  it('answers the same draw to a repeat, and draws once under concurrent calls', async () => {
    const { h, people, create, signup } = await kit(12)
    const id = await create({ capacity: 5, allocation: 'lottery' })
    await Promise.all(people.map((p) => signup(p, id)))
    h.setNow(AFTER_CLOSE)
    const all = await Promise.all([1, 2, 3, 4].map(() => h.ok('activity', 'officer', { action: 'drawPlaces', id })))
    for (const o of all) expect(o.draw.winners).toEqual(all[0].draw.winners)
    const again = await h.ok('activity', 'officer', { action: 'drawPlaces', id })
    expect(again.draw).toEqual(all[0].draw)
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect([r.confirmed.length, r.waitlisted.length]).toEqual([5, 7])
    expect(r.activity).toMatchObject({ confirmed: 5, waitlisted: 7 })
  })

  it('a winner who declines passes the place to the first of the waitlist in draw order', async () => {
    const { h, people, create, signup } = await kit(6)
    const id = await create({ capacity: 2, allocation: 'lottery' })
    for (const p of people) await signup(p, id)
    h.setNow(AFTER_CLOSE)
    const { draw } = await h.ok('activity', 'officer', { action: 'drawPlaces', id })
    const byTicket = new Map<string, string>()
    for (let i = 0; i < people.length; i++) byTicket.set((await h.ok('activity', `m${i + 1}`, { action: 'get', id })).mine.ticket, `m${i + 1}`)
    const winner = byTicket.get(draw.winners[0]) as string
    const next = byTicket.get(draw.waitlist[0]) as string
    const second = byTicket.get(draw.waitlist[1]) as string
    expect((await h.ok('activity', second, { action: 'get', id })).mine).toMatchObject({ status: 'waitlisted', position: 2 })
    await h.ok('activity', winner, { action: 'decline', id })
    expect((await h.ok('activity', next, { action: 'get', id })).mine.status).toBe('confirmed')
    expect((await h.ok('activity', second, { action: 'get', id })).mine).toMatchObject({ status: 'waitlisted', position: 1 })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.waitlisted[0].memberId).toBe(people[Number(second.slice(1)) - 1].id)
  })

  it('holds units to their quotas and the capacity in the draw', async () => {
    const { h, people, create, signup } = await kit(10)
    // 5 语文组 (m1, m3, …), 5 数学组: in any draw order 语文组 stops at its 2 and 数学组's 5 fill the rest
    // (with 6 places, an order putting all of 数学组 before 语文组's second left it 1: a 1-in-42 flake)
    const id = await create({ capacity: 7, allocation: 'lottery', quotas: { 语文组: 2 } })
    for (const p of people) await signup(p, id)
    h.setNow(AFTER_CLOSE)
    await h.ok('activity', 'officer', { action: 'drawPlaces', id })
    const r = await h.ok('activity', 'officer', { action: 'roster', id })
    expect(r.confirmed.filter((e: { unit: string }) => e.unit === '语文组')).toHaveLength(2)
    expect(r.confirmed).toHaveLength(7)
  })

  it('puts members who won no place in the last lotteries first', async () => {
    const { h, people, create, signup } = await kit(6)
    const first = await create({ capacity: 2, allocation: 'lottery' })
    for (const p of people) await signup(p, first)
    const later = await create({ capacity: 2, allocation: 'lottery', priority: { lastN: 1 }, signupClosesAt: '2026-11-30T12:00:00.000Z' })
    h.setNow(AFTER_CLOSE)
    const one = await h.ok('activity', 'officer', { action: 'drawPlaces', id: first })
    h.setNow('2026-11-24T03:00:00.000Z')
    for (const p of people) await signup(p, later)
    h.setNow('2026-11-30T12:30:00.000Z')
    const two = await h.ok('activity', 'officer', { action: 'drawPlaces', id: later })
    // tickets differ between activities: compare by member
    const ticketToMember = async (aid: string) => {
      const r = await h.ok('activity', 'officer', { action: 'roster', id: aid })
      return [...r.confirmed].map((e: { memberId: string }) => e.memberId)
    }
    const wonFirst = await ticketToMember(first)
    const wonLater = await ticketToMember(later)
    expect(one.winners).toBe(2)
    expect(two.draw.priorityLastN).toBe(1)
    expect(two.draw.entrants.filter((e: { priority: boolean }) => e.priority)).toHaveLength(4)
    expect(wonLater.some((m) => wonFirst.includes(m))).toBe(false)
  })

  it('is for officers only, and only for a lottery', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create({ capacity: 1, allocation: 'lottery' })
    await signup(people[0], id)
    h.setNow(AFTER_CLOSE)
    expect(await h.call('activity', 'm1', { action: 'drawPlaces', id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    h.setNow('2026-11-24T02:00:00.000Z')
    const plain = await create({ capacity: 1 })
    expect(await h.call('activity', 'officer', { action: 'drawPlaces', id: plain })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})
