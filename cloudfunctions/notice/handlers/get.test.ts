import { CHAIR, createHarness } from '../../../test/support/harness'
import { NOTICE_READS } from '../../_shared/collections'

const rows = [
  { name: '陈思远', unit: '语文组' },
  { name: '周婷', unit: '数学组' }
]
const yuwen = { action: 'publish', title: '语文组教研安排', body: '周三下午教研。', category: 'notice', audience: { units: ['语文组'] } }

describe('notice.get', () => {
  it('opens a notice and marks it read once: opening again keeps the first time', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, yuwen)
    const first = await h.ok('notice', chen.openid!, { action: 'get', id: n.id })
    expect(first.notice).toMatchObject({ title: '语文组教研安排', body: '周三下午教研。', readAt: '2026-11-24T02:00:00.000Z' })
    h.setNow('2026-11-25T02:00:00.000Z')
    const again = await h.ok('notice', chen.openid!, { action: 'get', id: n.id })
    expect(again.notice.readAt).toBe('2026-11-24T02:00:00.000Z')
    // the record itself too, as activity.get answers
    expect(again).toMatchObject({ id: n.id, title: '语文组教研安排', readAt: '2026-11-24T02:00:00.000Z' })
    const reads = await h.cloud.db.collection(NOTICE_READS).get()
    expect(reads.data).toHaveLength(1)
  })

  it('answers NOT_FOUND outside the audience, in the same words as a wrong id, without the title', async () => {
    const h = createHarness()
    const [, zhou] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, yuwen)
    const before = await h.snapshot()
    const hidden = await h.call('notice', zhou.openid!, { action: 'get', id: n.id })
    const missing = await h.call('notice', zhou.openid!, { action: 'get', id: 'no-such-notice' })
    expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(hidden).toEqual(missing)
    expect(JSON.stringify(hidden)).not.toContain('语文组教研安排')
    expect(await h.snapshot()).toBe(before)
  })

  it('lets the chair open any notice without becoming one of its readers', async () => {
    const h = createHarness()
    await h.members(rows)
    const n = await h.ok('notice', CHAIR, yuwen)
    const { notice } = await h.ok('notice', CHAIR, { action: 'get', id: n.id })
    expect(notice.title).toBe('语文组教研安排')
    expect(notice.readAt).toBeUndefined()
    expect((await h.cloud.db.collection(NOTICE_READS).get()).data).toHaveLength(0)
  })

  it('answers NOT_FOUND for a withdrawn notice to members', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    const n = await h.ok('notice', CHAIR, yuwen)
    await h.ok('notice', CHAIR, { action: 'withdraw', id: n.id })
    expect(await h.call('notice', chen.openid!, { action: 'get', id: n.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('rejects a malformed id naming the field', async () => {
    const h = createHarness()
    const [chen] = await h.members(rows)
    const r = await h.call('notice', chen.openid!, { action: 'get', id: '../etc' })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(!r.ok && r.error.message).toContain('编号')
  })
})
