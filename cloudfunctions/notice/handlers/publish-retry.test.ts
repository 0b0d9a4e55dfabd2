import { CHAIR, createHarness } from '../../../test/support/harness'
import { MEMBERS, NOTICE_PUSHES } from '../../_shared/collections'

const base = { title: '关于工会会员体检的通知', body: '本周六上午体检。', category: 'notice' }

async function withGrants(h: ReturnType<typeof createHarness>, n: number) {
  const people = await h.members(Array.from({ length: n }, (_, i) => ({ name: `会员${i}`, unit: i % 2 ? '数学组' : '语文组' })))
  for (const m of people) await h.ok('member', m.openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
  return people
}

describe('notice.publish, repeated', () => {
  it('publishes one notice and pushes once when the same request arrives twice (a retry after a timeout)', async () => {
    const h = createHarness()
    await withGrants(h, 3)
    const first = await h.ok('notice', CHAIR, { action: 'publish', ...base, requestId: 'compose-1a2b3c4d' })
    const again = await h.ok('notice', CHAIR, { action: 'publish', ...base, requestId: 'compose-1a2b3c4d' })
    expect(again.id).toBe(first.id)
    expect((await h.ok('notice', CHAIR, { action: 'list' })).items).toHaveLength(1)
    expect(h.cloud.outbox).toHaveLength(3)
  })

  it('finishes the pushes of a publish cut off half-way, pushing nobody twice', async () => {
    const h = createHarness()
    const people = await withGrants(h, 6)
    h.cloud.failNext('insertDocument', NOTICE_PUSHES)
    const publish = { action: 'publish', ...base, requestId: 'compose-half-way' }
    expect((await h.call('notice', CHAIR, publish)).ok).toBe(false)
    const partial = h.cloud.outbox.length
    const n = await h.ok('notice', CHAIR, publish)
    expect((await h.ok('notice', CHAIR, { action: 'list' })).items.map((i: { id: string }) => i.id)).toEqual([n.id])
    // the claim that failed kept nothing: its member is pushed by the retry; nobody twice
    expect(partial).toBeLessThan(6)
    expect(h.cloud.outbox.map((o) => o.touser).sort()).toEqual(people.map((p) => p.openid).sort())
  })

  it('spends a grant only on a message sent or refused by the member; any other failure gives it back', async () => {
    const h = createHarness()
    const [a, b] = await withGrants(h, 2)
    const grants = async () =>
      (
        await h.cloud.db
          .collection(MEMBERS)
          .where({ openid: h.cloud.db.command.in([a.openid, b.openid]) })
          .get()
      ).data.map((m) => (m.grants as { notice: number }).notice)
    h.cloud.refuseNextSend(43101) // the member turned the messages off
    h.cloud.refuseNextSend(47003) // the platform refused a value: nobody was told
    await h.ok('notice', CHAIR, { action: 'publish', ...base })
    expect(h.cloud.outbox).toHaveLength(0)
    expect((await grants()).sort()).toEqual([0, 1])
    await h.ok('notice', CHAIR, { action: 'publish', ...base, title: '第二条通知' })
    expect(h.cloud.outbox).toHaveLength(1)
  })

  it('publishes the same text again as a new notice when no key says it is a retry', async () => {
    const h = createHarness()
    await withGrants(h, 1)
    const first = await h.ok('notice', CHAIR, { action: 'publish', ...base })
    await h.ok('notice', CHAIR, { action: 'withdraw', id: first.id })
    const again = await h.ok('notice', CHAIR, { action: 'publish', ...base })
    expect(again.id).not.toBe(first.id)
    expect(again.status).toBe('published')
  })
})
