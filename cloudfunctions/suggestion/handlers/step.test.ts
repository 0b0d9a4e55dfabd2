import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'

type Item = { status: string; reply: string | null; forwardedTo?: string; dueDate?: string; timeline: { id?: string; status: string; note?: string; department?: string }[]; changeableSteps: string[] }

describe('the 督导室 steps: once each, correctable the same Beijing day', () => {
  it('records a double-tapped forward once, with or without a request key, and answers the second as the first', async () => {
    const { h, members, submit } = await suggestionFixture()
    const { number } = await submit(members[0].openid as string)
    const forward = { action: 'forward', number, forwardedTo: '后勤处', dueDate: '2026-12-01', reply: '已转后勤处', requestId: 'tap-0001-abcd' }
    const [one, two] = await Promise.all([h.ok<Item>('suggestion', CHAIR, forward), h.ok<Item>('suggestion', CHAIR, forward)])
    expect(two.timeline).toEqual(one.timeline)
    // a retry that lost its key repeats the same words the same day: still one line
    const { requestId: _key, ...unkeyed } = forward
    await h.ok('suggestion', CHAIR, unkeyed)
    const board = await h.ok<{ items: Item[] }>('suggestion', members[1].openid as string, { action: 'board' })
    expect(board.items[0].timeline.filter((s) => s.status === 'forwarded')).toHaveLength(1)
    expect(board.items[0].timeline[0]).toMatchObject({ id: 'tap-0001-abcd', department: '后勤处', note: '已转后勤处' })
  })

  it('shows the corrected line on the board, and a withdrawn step disappears and the status goes back', async () => {
    const { h, members, supervisor, submit } = await suggestionFixture()
    const { number } = await submit(members[0].openid as string)
    const desk = supervisor.openid as string
    const fwd = await h.ok<Item>('suggestion', desk, { action: 'forward', number, forwardedTo: '教务处', dueDate: '2026-12-01', reply: '已转交务处', requestId: 'step-fwd-0001' })
    const stepId = fwd.timeline[0].id as string
    expect(fwd.changeableSteps).toEqual([stepId])
    const fixed = await h.ok<Item>('suggestion', CHAIR, { action: 'editStep', number, stepId, reply: '已转后勤处，请一周内答复', forwardedTo: '后勤处' })
    expect(fixed).toMatchObject({ forwardedTo: '后勤处', reply: '已转后勤处，请一周内答复' })
    let board = await h.ok<{ items: Item[] }>('suggestion', members[1].openid as string, { action: 'board' })
    expect(board.items[0]).toMatchObject({ status: 'forwarded', forwardedTo: '后勤处' })
    expect(board.items[0].timeline).toEqual([expect.objectContaining({ department: '后勤处', note: '已转后勤处，请一周内答复' })])

    const adopted = await h.ok<Item>('suggestion', CHAIR, { action: 'reply', number, status: 'adopted', reply: '同意' })
    const adoptId = adopted.timeline[1].id as string
    await h.ok('suggestion', CHAIR, { action: 'withdrawStep', number, stepId: adoptId })
    // a double tap on 撤回 answers as the first
    await h.ok('suggestion', CHAIR, { action: 'withdrawStep', number, stepId: adoptId })
    board = await h.ok<{ items: Item[] }>('suggestion', members[1].openid as string, { action: 'board' })
    expect(board.items[0]).toMatchObject({ status: 'forwarded', reply: '已转后勤处，请一周内答复', forwardedTo: '后勤处' })
    expect(board.items[0].timeline.map((s) => s.status)).toEqual(['forwarded'])
    // a late retry of the withdrawn forward does not bring it back
    await h.ok('suggestion', CHAIR, { action: 'withdrawStep', number, stepId })
    await h.ok('suggestion', desk, { action: 'forward', number, forwardedTo: '教务处', dueDate: '2026-12-01', reply: '已转交务处', requestId: 'step-fwd-0001' })
    board = await h.ok<{ items: Item[] }>('suggestion', members[1].openid as string, { action: 'board' })
    expect(board.items[0]).toMatchObject({ status: 'received', reply: null, timeline: [] })
    expect(board.items[0].forwardedTo).toBeUndefined()
  })

  it('refuses to withdraw a step the later ones depend on', async () => {
    const { h, members, submit } = await suggestionFixture()
    const { number } = await submit(members[0].openid as string)
    const a = await h.ok<Item>('suggestion', CHAIR, { action: 'reply', number, status: 'adopted', reply: '采纳' })
    await h.ok('suggestion', CHAIR, { action: 'reply', number, status: 'done', reply: '已落实' })
    expect(await h.call('suggestion', CHAIR, { action: 'withdrawStep', number, stepId: a.timeline[0].id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('请先撤回后面的步骤') }
    })
  })

  it('refuses to change a step after its Beijing day, saying why, and writes nothing', async () => {
    const { h, members, submit } = await suggestionFixture('2026-11-24T15:30:00.000Z') // 23:30 on 24 Nov in Beijing, still the 24th in UTC and LA
    const { number } = await submit(members[0].openid as string)
    const r = await h.ok<Item>('suggestion', CHAIR, { action: 'reply', number, status: 'rejected', reply: '经费不足' })
    const stepId = r.timeline[0].id as string
    h.setNow('2026-11-24T16:00:00.000Z') // 00:00 on 25 Nov in Beijing
    expect((await h.ok<{ items: Item[] }>('suggestion', CHAIR, { action: 'inbox', number })).items[0].changeableSteps).toEqual([])
    const before = await h.snapshot()
    const message = '这一步是11月24日记录的，只能在当天修改。如需更正，请再记录一步补充答复'
    expect(await h.call('suggestion', CHAIR, { action: 'editStep', number, stepId, reply: '列入明年计划' })).toEqual({ ok: false, error: { code: 'CLOSED', message } })
    expect(await h.call('suggestion', CHAIR, { action: 'withdrawStep', number, stepId })).toEqual({ ok: false, error: { code: 'CLOSED', message: message.replace('修改', '撤回') } })
    expect(await h.snapshot()).toBe(before)
  })

  it('checks a correction as a step: a rejection keeps its reason, a department only on a forward, a known step', async () => {
    const { h, members, officer, submit } = await suggestionFixture()
    const { number } = await submit(members[0].openid as string)
    const r = await h.ok<Item>('suggestion', CHAIR, { action: 'reply', number, status: 'rejected', reply: '经费不足' })
    const stepId = r.timeline[0].id as string
    const before = await h.snapshot()
    const edit = (p: Record<string, unknown>, who = CHAIR) => h.call('suggestion', who, { action: 'editStep', number, stepId, ...p })
    expect(await edit({ reply: '' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '未采纳时请写明理由' } })
    expect(await edit({ forwardedTo: '后勤处' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '只有转交这一步才有转交部门' } })
    expect(await edit({})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '没有要修改的内容' } })
    expect(await edit({ stepId: 'nope', reply: '好' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await edit({ reply: '好' }, officer.openid as string)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('suggestion', CHAIR, { action: 'withdrawStep', number })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('步骤') } })
    expect(await h.snapshot()).toBe(before)
  })
})
