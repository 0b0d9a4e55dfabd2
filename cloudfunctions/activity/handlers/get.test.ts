import { kit } from '../testing'

const get = async (k: Awaited<ReturnType<typeof kit>>, who: string, id: string) => k.h.ok('activity', who, { action: 'get', id })

describe('activity.get answers the rules, so the page never works them out', () => {
  it('says what 报名 would give each member and why: a place, or the waitlist for the unit quota', async () => {
    const k = await kit(4)
    const id = await k.create({ capacity: 3, quotas: { 语文组: 1 } })
    expect((await get(k, 'm1', id)).outlook).toEqual([{ status: 'confirmed', reason: '还剩 3 个名额' }])
    await k.signup(k.people[0], id) // 语文组 takes its one place
    expect((await get(k, 'm3', id)).outlook).toEqual([{ status: 'waitlisted', reason: '语文组名额已满（每单位最多 1 人），报名后进入候补' }])
    expect((await get(k, 'm2', id)).outlook).toEqual([{ status: 'confirmed', reason: '还剩 2 个名额' }])
    // signed up: no outlook, their entry instead
    expect((await get(k, 'm1', id)).outlook).toBeUndefined()
  })

  it('per batch, and 名额已满 without a waitlist', async () => {
    const k = await kit(2)
    const id = await k.create({
      waitlist: false,
      batches: [
        { label: '上午场', capacity: 1 },
        { label: '下午场', capacity: 5 }
      ]
    })
    const first = await get(k, 'm1', id)
    await k.signup(k.people[0], id, { batch: first.batches[0].key })
    const after = await get(k, 'm2', id)
    expect(after.outlook).toEqual([
      { batch: after.batches[0].key, status: 'full', reason: '名额已满' },
      { batch: after.batches[1].key, status: 'confirmed', reason: '还剩 5 个名额' }
    ])
  })

  it('words who may take part once, on the server', async () => {
    const k = await kit(2, [{ gender: 'F' }, { gender: 'M' }])
    const id = await k.create({ eligibility: { gender: 'F', units: ['语文组', '数学组'] } })
    const a = await get(k, 'm2', id)
    expect(a.eligibilityText).toBe('仅限女职工 · 仅限语文组、数学组')
    expect(a.ineligible).toBe('本活动仅限女职工参加')
    expect(a.outlook).toBeUndefined()
  })

  it("opens check-in an hour before the start by the server's clock, and says until when", async () => {
    const k = await kit(1)
    const id = await k.create()
    await k.signup(k.people[0], id)
    const before = await get(k, 'm1', id)
    expect(before.checkin).toEqual({ open: false, opensAt: '2026-12-01T00:00:00.000Z', closesAt: '2026-12-01T08:00:00.000Z' })
    k.h.setNow('2026-12-01T00:10:00.000Z')
    expect((await get(k, 'm1', id)).checkin).toMatchObject({ open: true })
    k.h.setNow('2026-12-01T08:00:00.000Z')
    expect((await get(k, 'm1', id)).checkin).toMatchObject({ open: false })
  })
})
