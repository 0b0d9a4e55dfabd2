import { kit } from '../testing'

describe('activity.remove', () => {
  it('deletes an activity nobody signed up for', async () => {
    const { h, create } = await kit(1)
    const id = await create()
    expect(await h.call('activity', 'officer', { action: 'remove', id })).toEqual({ ok: true, data: { removed: true } })
    expect((await h.ok('activity', 'm1', { action: 'list' })).items).toEqual([])
    expect(await h.call('activity', 'm1', { action: 'get', id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses while anyone holds a place or waits, and deletes once they all cancelled', async () => {
    const { h, people, create, signup } = await kit(2)
    const id = await create({ capacity: 1 })
    await signup(people[0], id)
    await signup(people[1], id)
    const before = await h.snapshot()
    expect(await h.call('activity', 'officer', { action: 'remove', id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已有人报名，不能删除') } })
    expect(await h.snapshot()).toBe(before)
    await h.ok('activity', 'm1', { action: 'cancel', id })
    await h.ok('activity', 'm2', { action: 'cancel', id })
    expect((await h.call('activity', 'officer', { action: 'remove', id })).ok).toBe(true)
    expect(await h.call('activity', 'm1', { action: 'get', id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('is for officers only', async () => {
    const { h, create } = await kit(1)
    const id = await create()
    expect(await h.call('activity', 'm1', { action: 'remove', id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
