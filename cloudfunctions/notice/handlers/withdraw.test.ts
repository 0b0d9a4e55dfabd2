import { CHAIR, createHarness } from '../../../test/support/harness'

describe('notice.withdraw', () => {
  it('takes the notice off members’ 首页 and keeps the time it was withdrawn; repeating changes nothing', async () => {
    const h = createHarness()
    const [chen] = await h.members([{ name: '陈思远', unit: '语文组' }])
    const n = await h.ok('notice', CHAIR, { action: 'publish', title: '发错了', body: '请忽略。', category: 'notice' })
    const { notice } = await h.ok('notice', CHAIR, { action: 'withdraw', id: n.id })
    expect(notice).toMatchObject({ status: 'withdrawn', withdrawnAt: '2026-11-24T02:00:00.000Z' })
    expect((await h.ok('notice', chen.openid!, { action: 'list' })).items).toHaveLength(0)
    h.setNow('2026-11-25T02:00:00.000Z')
    const before = await h.snapshot()
    expect((await h.ok('notice', CHAIR, { action: 'withdraw', id: n.id })).notice.withdrawnAt).toBe('2026-11-24T02:00:00.000Z')
    expect(await h.snapshot()).toBe(before)
  })

  it('is the chair’s alone and NOT_FOUND for an unknown id', async () => {
    const h = createHarness()
    const [chen] = await h.members([{ name: '陈思远', unit: '语文组' }])
    const n = await h.ok('notice', CHAIR, { action: 'publish', title: '体检', body: '周六。', category: 'notice' })
    expect(await h.call('notice', chen.openid!, { action: 'withdraw', id: n.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('notice', CHAIR, { action: 'withdraw', id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
