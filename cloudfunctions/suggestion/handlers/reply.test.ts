import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'

describe('the 督导室: forward, reply and status', () => {
  it('shows the board the whole dated timeline: received → forwarded (to whom) → adopted → done, with replies', async () => {
    const { h, members, supervisor, submit } = await suggestionFixture()
    const { number } = await submit(members[0].openid as string)
    const desk = supervisor.openid as string
    await h.ok('suggestion', desk, { action: 'forward', number, forwardedTo: '后勤处', dueDate: '2026-12-01', reply: '已转后勤处，请一周内答复' })
    h.setNow('2026-11-27T02:00:00.000Z')
    await h.ok('suggestion', CHAIR, { action: 'reply', number, status: 'adopted', reply: '后勤处同意，12 月起晚餐供应到 19:00' })
    h.setNow('2026-12-02T02:00:00.000Z')
    await h.ok('suggestion', CHAIR, { action: 'reply', number, status: 'done', reply: '已落实' })
    const board = await h.ok('suggestion', members[1].openid as string, { action: 'board', month: '2026-11' })
    expect(board.items[0]).toMatchObject({
      number,
      status: 'done',
      reply: '已落实',
      forwardedTo: '后勤处',
      timeline: [
        { status: 'forwarded', date: '2026-11-24', department: '后勤处', dueDate: '2026-12-01', note: '已转后勤处，请一周内答复' },
        { status: 'adopted', date: '2026-11-27', note: '后勤处同意，12 月起晚餐供应到 19:00' },
        { status: 'done', date: '2026-12-02', note: '已落实' }
      ]
    })
  })

  it('shows a rejection with its reason', async () => {
    const { h, members, submit } = await suggestionFixture()
    const { number } = await submit(members[0].openid as string)
    expect(await h.call('suggestion', CHAIR, { action: 'reply', number, status: 'rejected' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '未采纳时请写明理由' } })
    await h.ok('suggestion', CHAIR, { action: 'reply', number, status: 'rejected', reply: '本学期经费已用完，列入明年计划' })
    const board = await h.ok('suggestion', members[0].openid as string, { action: 'board' })
    expect(board.items[0]).toMatchObject({ status: 'rejected', reply: '本学期经费已用完，列入明年计划' })
  })

  it('lists new suggestions in the inbox until they are handled', async () => {
    const { h, members, supervisor, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    const b = await submit(members[1].openid as string)
    const desk = supervisor.openid as string
    expect((await h.ok('suggestion', desk, { action: 'inbox' })).items.map((i: { number: string }) => i.number).sort()).toEqual([a.number, b.number].sort())
    await h.ok('suggestion', desk, { action: 'forward', number: a.number, forwardedTo: '教务处', dueDate: '2026-11-30' })
    expect((await h.ok('suggestion', desk, { action: 'inbox' })).items.map((i: { number: string }) => i.number)).toEqual([b.number])
    expect((await h.ok('suggestion', desk, { action: 'inbox', status: 'forwarded' })).items[0]).toMatchObject({ number: a.number, dueDate: '2026-11-30', overdueDays: 0 })
    expect((await h.ok('suggestion', desk, { action: 'inbox', month: '2026-11' })).items).toHaveLength(2)
    // the 办理 page asks for one by its number, typed in any case: the server knows its month
    expect((await h.ok('suggestion', desk, { action: 'inbox', number: ` ${a.number.toLowerCase()} ` })).items.map((i: { number: string }) => i.number)).toEqual([a.number])
  })

  it('lists forwarded items past their due date as overdue (督办), by Beijing date', async () => {
    const { h, members, submit } = await suggestionFixture()
    const a = await submit(members[0].openid as string)
    const b = await submit(members[1].openid as string)
    await h.ok('suggestion', CHAIR, { action: 'forward', number: a.number, forwardedTo: '后勤处', dueDate: '2026-11-26' })
    await h.ok('suggestion', CHAIR, { action: 'forward', number: b.number, forwardedTo: '教务处', dueDate: '2026-11-28' })
    h.setNow('2026-11-26T15:59:00.000Z') // 23:59 on the 26th in Beijing: due today, not late
    expect((await h.ok('suggestion', CHAIR, { action: 'overdue' })).items).toEqual([])
    h.setNow('2026-11-26T16:00:00.000Z') // 00:00 on the 27th in Beijing
    expect((await h.ok('suggestion', CHAIR, { action: 'overdue' })).items).toEqual([expect.objectContaining({ number: a.number, overdueDays: 1, forwardedTo: '后勤处' })])
    h.setNow('2026-11-30T02:00:00.000Z')
    const late = (await h.ok('suggestion', CHAIR, { action: 'overdue' })).items
    expect(late.map((i: { number: string; overdueDays: number }) => [i.number, i.overdueDays])).toEqual([
      [a.number, 4],
      [b.number, 2]
    ])
    await h.ok('suggestion', CHAIR, { action: 'reply', number: a.number, status: 'adopted', reply: '已采纳' })
    expect((await h.ok('suggestion', CHAIR, { action: 'overdue' })).items.map((i: { number: string }) => i.number)).toEqual([b.number])
  })

  it('lets only the chair and 督导员 in; others are FORBIDDEN and nothing is written', async () => {
    const { h, members, officer, submit } = await suggestionFixture()
    const { number } = await submit(members[0].openid as string)
    const before = await h.snapshot()
    for (const who of [officer.openid as string, members[1].openid as string]) {
      for (const event of [
        { action: 'inbox' },
        { action: 'overdue' },
        { action: 'reply', number, status: 'adopted', reply: '好' },
        { action: 'forward', number, forwardedTo: '后勤处', dueDate: '2026-12-01' }
      ]) {
        expect(await h.call('suggestion', who, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      }
    }
    expect(await h.snapshot()).toBe(before)
    expect(await h.ok('suggestion', officer.openid as string, { action: 'access' })).toEqual({ desk: false, chair: false })
  })

  it('refuses an unknown number, a malformed number or a due date in the past without writing', async () => {
    const { h, members, submit } = await suggestionFixture()
    const { number } = await submit(members[0].openid as string)
    const before = await h.snapshot()
    expect(await h.call('suggestion', CHAIR, { action: 'reply', number: '2611-ZZZZ', status: 'adopted', reply: '好' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('suggestion', CHAIR, { action: 'reply', number: 'abc', status: 'adopted' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('号码') }
    })
    expect(await h.call('suggestion', CHAIR, { action: 'forward', number, forwardedTo: '后勤处', dueDate: '2026-11-01' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await h.call('suggestion', CHAIR, { action: 'forward', number, dueDate: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('转交部门') }
    })
    expect(await h.call('suggestion', CHAIR, { action: 'reply', number, status: 'finished' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('状态') } })
    expect(await h.snapshot()).toBe(before)
  })
})
