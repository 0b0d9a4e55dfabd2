import { submitAs } from '../../../test/support/suggestion-phone'
import { congressKit } from '../testing'

describe('submit', () => {
  it('takes up a suggestion from the box by its number: the proposal carries its number and words, nothing else of it', async () => {
    const k = await congressKit(3)
    // the board's own document, as the suggestion function stores it (no author in it by design)
    const ds = await k.h.cloud.store.datastore('suggestions')
    await ds.insertAsync({
      _id: '26110042',
      number: '26110042',
      month: '2026-11',
      content: '建议食堂晚餐延长到 19:00',
      category: '后勤',
      status: 'received',
      reply: null,
      steps: [],
      claimHash: 'x'.repeat(64)
    })
    const p = await k.propose('d1', { fromSuggestion: '26110042' })
    expect(p.fromSuggestion).toEqual({ number: '26110042', content: '建议食堂晚餐延长到 19:00' })
    const stored = (await k.h.cloud.store.datastore('congress_proposals')).getAllData()[0]
    expect(Object.keys(stored.fromSuggestion).sort()).toEqual(['content', 'number'])
    const missing = await k.call('d1', { action: 'submit', meetingId: k.meetingId, title: '案由', reason: '理由', measures: '措施', fromSuggestion: '99999999' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '建议箱里没有 99999999 号建议，请核对编号' } })
  }, 60000)

  it('takes up a suggestion the box numbered (2611-K7Q3), typed as the 代表 reads it off the board, in lower case too', async () => {
    const k = await congressKit(1)
    const { number } = await submitAs(k.h, 'plain', '建议图书馆周末开放', '教学')
    const p = await k.propose('d1', { fromSuggestion: ` ${number.toLowerCase()}` })
    expect(p.fromSuggestion).toEqual({ number, content: '建议图书馆周末开放' })
    const bad = await k.call('d1', { action: 'submit', meetingId: k.meetingId, title: '案由', reason: '理由', measures: '措施', fromSuggestion: '第三条' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('2611-K7Q3') } })
  }, 60000)

  it('numbers proposals 1, 2, 3 in order even when 代表 submit at once, and a retry with the same requestId adds none', async () => {
    const k = await congressKit(3)
    const all = await Promise.all(['d1', 'd2', 'd3'].map((d) => k.propose(d, { title: `${d} 的提案` })))
    expect(all.map((p) => p.number).sort()).toEqual([1, 2, 3])
    const a = await k.propose('d1', { requestId: 'retry-key-0001' })
    const b = await k.propose('d1', { requestId: 'retry-key-0001' })
    expect(b.id).toBe(a.id)
    expect((await k.ok('d1', { action: 'list', meetingId: k.meetingId })).items).toHaveLength(4)
  }, 60000)

  it('outside the proposal window a 代表 is told when it opens or that it closed', async () => {
    const k = await congressKit(1, { now: '2026-11-19T02:00:00.000Z' })
    expect((await k.ok('d1', { action: 'meeting', id: k.meetingId })).cannotSubmit).toBe('提案征集还没开始（2026-11-20 开始）')
    const r = await k.call('d1', { action: 'submit', meetingId: k.meetingId, title: '案由', reason: '理由', measures: '措施' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    k.h.setNow('2026-12-11T00:00:00.000Z')
    expect((await k.ok('d1', { action: 'meeting', id: k.meetingId })).cannotSubmit).toBe('提案征集已经截止')
  }, 60000)
})
