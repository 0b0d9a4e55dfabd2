import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'

describe('suggestion.setSupervisor', () => {
  it('opens the 督导室 to an officer the chair names, and closes it when stood down', async () => {
    const { h, officer } = await suggestionFixture()
    const who = officer.openid as string
    expect(await h.call('suggestion', who, { action: 'inbox' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await h.ok('suggestion', CHAIR, { action: 'setSupervisor', memberId: officer.id, supervisor: true })
    expect(await h.ok('suggestion', who, { action: 'access' })).toEqual({ desk: true, chair: false })
    expect((await h.call('suggestion', who, { action: 'inbox' })).ok).toBe(true)
    const list = await h.ok('suggestion', CHAIR, { action: 'supervisors' })
    expect(list.items).toEqual(expect.arrayContaining([expect.objectContaining({ name: '李晓梅', supervisor: true }), expect.objectContaining({ name: '王建国', supervisor: true })]))
    await h.ok('suggestion', CHAIR, { action: 'setSupervisor', memberId: officer.id, supervisor: false })
    expect(await h.call('suggestion', who, { action: 'inbox' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('names only officers, only by the chair', async () => {
    const { h, members, supervisor } = await suggestionFixture()
    const before = await h.snapshot()
    expect(await h.call('suggestion', CHAIR, { action: 'setSupervisor', memberId: members[0].id, supervisor: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await h.call('suggestion', CHAIR, { action: 'setSupervisor', memberId: 'nobody', supervisor: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('suggestion', supervisor.openid as string, { action: 'setSupervisor', memberId: supervisor.id, supervisor: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('suggestion', CHAIR, { action: 'setSupervisor', memberId: supervisor.id })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await h.snapshot()).toBe(before)
  })
})
