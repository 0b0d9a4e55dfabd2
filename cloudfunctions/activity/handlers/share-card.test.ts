import type { Harness } from '../../../test/support/harness'
import { base, kit } from '../testing'

const creates = (h: Harness) => h.cloud.outbox.filter((o) => o.templateKey === 'updatableMessage.createActivityId')
const updates = (h: Harness) => h.cloud.outbox.filter((o) => o.templateKey === 'updatableMessage.setUpdatableMsg')
/** What the card in the group reads after each update: 「3/40」, or 已到齐 (state 1). */
const faces = (h: Harness) => updates(h).map((o) => (o.data.targetState === '1' ? '已到齐' : `${o.data.member_count}/${o.data.room_limit}`))
const later = (h: Harness, iso: string, ms: number) => {
  const at = new Date(Date.parse(iso) + ms).toISOString()
  h.setNow(at)
  return at
}

describe('activity.shareCard (live card in the group)', () => {
  it('mints one WeChat activityId however often and however many members share at once', async () => {
    const { h, people, create, signup } = await kit(3)
    const id = await create({ capacity: 40 })
    await signup(people[0], id)
    const first = await h.ok('activity', 'm1', { action: 'shareCard', id })
    expect(first.templateInfo).toEqual({
      templateId: '666F374D69D16C932E45D7E7D9F10CEF6177F5F5',
      parameterList: [
        { name: 'member_count', value: '1' },
        { name: 'room_limit', value: '40' }
      ]
    })
    const again = await Promise.all([...people, ...people].map((p) => h.ok('activity', p.openid as string, { action: 'shareCard', id })))
    expect(new Set([first, ...again].map((r) => r.activityId))).toEqual(new Set([first.activityId]))
    expect(creates(h)).toHaveLength(1)
    expect(creates(h)[0].data.activityId).toBe(first.activityId)
  })

  it('concurrent first shares of a fresh activity still mint one', async () => {
    const { h, people, create } = await kit(4)
    const id = await create({ capacity: 10 })
    const all = await Promise.all([...people, ...people].map((p) => h.ok('activity', p.openid as string, { action: 'shareCard', id })))
    expect(new Set(all.map((r) => r.activityId)).size).toBe(1)
    expect(creates(h)).toHaveLength(1)
  })

  it('the card follows places taken as they fill and after a cancel', async () => {
    const { h, people, create, signup } = await kit(4)
    const id = await create({ capacity: 3 })
    await h.ok('activity', 'm1', { action: 'shareCard', id })
    let now = '2026-11-24T02:00:00.000Z'
    for (const p of people.slice(0, 3)) {
      now = later(h, now, 6_000)
      expect((await signup(p, id)).ok).toBe(true)
    }
    expect(faces(h)).toEqual(['1/3', '2/3', '3/3'])
    now = later(h, now, 6_000)
    await h.ok('activity', 'm2', { action: 'cancel', id })
    expect(faces(h)).toEqual(['1/3', '2/3', '3/3', '2/3'])
    expect(updates(h).every((o) => o.data.activityId === creates(h)[0].data.activityId)).toBe(true)
  })

  it('closes the card (state 1, worded 已到齐 by WeChat) once the sign-up window passes, by the timer, and then never changes it again', async () => {
    const { h, people, create, signup } = await kit(2)
    // a card is live for 24 h after its activityId is minted (WeChat), so this one closes the same evening
    const id = await create({ capacity: 5, signupClosesAt: '2026-11-24T12:00:00.000Z' })
    await h.ok('activity', 'm1', { action: 'shareCard', id })
    await signup(people[0], id)
    expect(faces(h)).toEqual(['1/5'])
    h.setNow('2026-11-24T11:59:00.000Z')
    expect(await h.cloud.fireTimer('activity', 'cards')).toMatchObject({ ok: true, data: { sent: 0 } })
    h.setNow('2026-11-24T12:00:30.000Z')
    expect(await h.cloud.fireTimer('activity', 'cards')).toMatchObject({ ok: true, data: { sent: 1 } })
    expect(faces(h)).toEqual(['1/5', '已到齐'])
    expect(updates(h)[1]).toMatchObject({ page: `pages/activity-detail/index?id=${id}`, data: { targetState: '1', path: `pages/activity-detail/index?id=${id}`, version_type: 'release' } })
    await h.cloud.fireTimer('activity', 'cards')
    expect(faces(h)).toEqual(['1/5', '已到齐'])
    expect(await h.call('activity', 'm2', { action: 'shareCard', id })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
  })

  it('an activity called off closes its card at the next timer run', async () => {
    const { h, people, create, signup } = await kit(1)
    const id = await create({ capacity: 5 })
    await h.ok('activity', 'm1', { action: 'shareCard', id })
    await signup(people[0], id)
    await h.ok('activity', 'officer', { action: 'cancelActivity', id, reason: '天气原因' })
    await h.cloud.fireTimer('activity', 'cards')
    expect(faces(h)).toEqual(['1/5', '已到齐'])
  })

  it('a refused card update never fails the sign-up that carried it', async () => {
    const { h, people, create, signup } = await kit(1)
    const id = await create({ capacity: 5 })
    await h.ok('activity', 'm1', { action: 'shareCard', id })
    h.cloud.failNext('modifyDocument', 'activity_cards')
    expect(await signup(people[0], id)).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    await h.cloud.fireTimer('activity', 'cards')
    expect(faces(h)).toEqual(['1/5'])
  })

  it('a burst of 50 sign-ups sends a few updates, not 50, and the last one carries the final count', async () => {
    const { h, people, create, signup } = await kit(50)
    const id = await create({ capacity: 60 })
    await h.ok('activity', 'm1', { action: 'shareCard', id })
    const replies = await Promise.all(people.map((p) => signup(p, id)))
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(updates(h).length).toBeLessThanOrEqual(3)
    // a minute later the timer sends what the throttle held back
    later(h, '2026-11-24T02:00:00.000Z', 60_000)
    await h.cloud.fireTimer('activity', 'cards')
    expect(updates(h).length).toBeLessThanOrEqual(4)
    expect(faces(h).at(-1)).toBe('50/60')
  })

  it('sign-ups spread over a minute update at most once per 5 seconds', async () => {
    const { h, people, create, signup } = await kit(30)
    const id = await create({ capacity: 30, signupClosesAt: base.signupClosesAt })
    await h.ok('activity', 'm1', { action: 'shareCard', id })
    let now = '2026-11-24T02:00:00.000Z'
    for (const p of people) {
      now = later(h, now, 2_000)
      await signup(p, id)
    }
    // 30 sign-ups 2 s apart over 60 s: one update per 5-second window at most
    expect(updates(h).length).toBeLessThanOrEqual(12)
    expect(updates(h).length).toBeGreaterThanOrEqual(8)
  })

  it('a share after the activityId has run out mints a fresh one, and updates reach only live ones', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create({ capacity: 5 })
    const first = await h.ok('activity', 'm1', { action: 'shareCard', id })
    // WeChat stops updating a card 24 h after its activityId was minted: 23.5 h in, a new share gets a new one
    h.setNow('2026-11-25T01:30:00.000Z')
    const second = await h.ok('activity', 'm1', { action: 'shareCard', id })
    expect(second.activityId).not.toBe(first.activityId)
    h.setNow('2026-11-25T02:30:00.000Z')
    await signup(people[0], id)
    expect(updates(h).map((o) => [o.data.activityId, o.data.member_count])).toEqual([[second.activityId, '1']])
  })

  it('an activity never shared as a card sends no card updates', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create({ capacity: 5 })
    for (const p of people) await signup(p, id)
    await h.cloud.fireTimer('activity', 'cards')
    expect(h.cloud.outbox).toHaveLength(0)
  })
})
