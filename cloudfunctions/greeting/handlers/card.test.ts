import { createHarness } from '../../../test/support/harness'

/** 中秋 2026 sent to 刘芳 (openid a) and 孙浩 (b): the harness and 刘芳's card. */
async function midAutumn() {
  const h = createHarness({ now: '2026-09-24T17:30:00.000Z' })
  await h.members([
    { name: '刘芳', unit: '语文组', openid: 'a' },
    { name: '孙浩', unit: '语文组', openid: 'b' }
  ])
  await h.cloud.fireTimer('greeting', 'daily')
  const [item] = (await h.ok('greeting', 'a', { action: 'inbox' })).items
  return { h, item }
}

describe('greeting card', () => {
  it("opens the member's own card with its occasion and their name", async () => {
    const { h, item } = await midAutumn()
    const { card } = await h.ok('greeting', 'a', { action: 'card', id: item.id })
    expect(card).toMatchObject({ id: item.id, occasion: 'mid-autumn', label: '中秋节', title: '中秋快乐', name: '刘芳', date: '2026-09-25' })
  })

  it("someone else's card or an unknown id is not found, and a bad id is a bad request", async () => {
    const { h, item } = await midAutumn()
    expect(await h.call('greeting', 'b', { action: 'card', id: item.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('greeting', 'a', { action: 'card', id: 'nope:birthday:2026-01-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('greeting', 'a', { action: 'card', id: '../x' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('编号') } })
  })

  it('a forwarded card (its share key) opens for a colleague, read-only, and only with that key', async () => {
    const { h, item } = await midAutumn()
    const own = await h.ok('greeting', 'a', { action: 'card', id: item.id })
    expect(own).toMatchObject({ mine: true, shareKey: expect.stringMatching(/^[0-9a-f]{24}$/) })
    // the key stays the card's: a second open gives the same one
    expect((await h.ok('greeting', 'a', { action: 'card', id: item.id })).shareKey).toBe(own.shareKey)
    const seen = await h.ok('greeting', 'b', { action: 'card', id: item.id, key: own.shareKey })
    expect(seen).toEqual({ card: { ...own.card }, mine: false })
    expect(seen.card.name).toBe('刘芳')
    const wrong = own.shareKey.replace(/^./, (c: string) => (c === '0' ? '1' : '0'))
    expect(await h.call('greeting', 'b', { action: 'card', id: item.id, key: wrong })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这张贺卡' } })
  })

  it('the first open is recorded, so care does not count the member as forgotten; a second look keeps the first time', async () => {
    const h = createHarness({ now: '2026-09-24T17:30:00.000Z' })
    await h.members([{ name: '刘芳', unit: '语文组', openid: 'a' }])
    await h.cloud.fireTimer('greeting', 'daily')
    const [item] = (await h.ok('greeting', 'a', { action: 'inbox' })).items
    const openedAt = async () => ((await h.cloud.db.collection('greetings').doc(item.id).get()).data as { openedAt?: string }).openedAt
    expect(await openedAt()).toBeUndefined()
    await h.ok('greeting', 'a', { action: 'card', id: item.id })
    expect(await openedAt()).toBe('2026-09-24T17:30:00.000Z')
    h.setNow('2026-09-25T02:00:00.000Z')
    await h.ok('greeting', 'a', { action: 'card', id: item.id })
    expect(await openedAt()).toBe('2026-09-24T17:30:00.000Z')
  })
})
