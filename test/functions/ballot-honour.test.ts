import type { Ballot } from '../../types/ballot'
import { vote } from '../support/ballot-voter'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../support/harness'

jest.setTimeout(180_000)

/** 08:00 on 25 Nov in Shanghai. */
const NOMINATIONS_OPEN = '2026-11-25T00:00:00.000Z'
const NOMINATIONS_CLOSE = '2026-11-28T10:00:00.000Z'
/** 01:00 on 2 Dec in Shanghai, still 1 Dec in UTC and in Los Angeles: the 公示 runs 3–7 Dec. */
const VOTE_CLOSES = '2026-12-01T17:00:00.000Z'

describe('评优: nominate, shortlist, vote, 公示 with an objection period, then the honour notice', () => {
  let h: Harness
  let people: SeededMember[]
  beforeEach(async () => {
    h = createHarness()
    people = await h.members(Array.from({ length: 6 }, (_, i) => ({ name: ['张敏', '李强', '王芳', '赵磊', '陈静', '刘洋'][i], unit: i % 2 ? '数学组' : '语文组' })))
  })
  afterEach(() => h.cloud.close())

  const open = () => h.ok<any>('ballot', CHAIR, { action: 'openNominations', title: '2026 年度优秀教师评选', honour: '优秀教师', opensAt: NOMINATIONS_OPEN, closesAt: NOMINATIONS_CLOSE })
  const nominate = (by: SeededMember, who: SeededMember, reason = '班主任工作细致，带班成绩突出') => h.call('ballot', by.openid!, { action: 'nominate', roundId: round.id, nomineeId: who.id, reason })
  let round: any

  it('nominations are taken during their window only, named, one per colleague per nominator', async () => {
    round = await open()
    expect(await nominate(people[0], people[1])).toEqual({ ok: false, error: { code: 'CLOSED', message: '推荐还没有开始' } })
    h.setNow('2026-11-26T02:00:00.000Z')
    expect(await nominate(people[0], people[1])).toEqual({ ok: true, data: { nominee: '李强', reason: '班主任工作细致，带班成绩突出', updated: false } })
    expect(await nominate(people[0], people[1], '连续三年带毕业班，教学成绩全区第一')).toMatchObject({ ok: true, data: { updated: true } })
    await nominate(people[2], people[1], '关心青年教师成长')
    await nominate(people[3], people[4], '坚持送教下乡')
    expect(await nominate(people[0], people[0])).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '请推荐身边的同事，不能推荐自己' } })
    expect(await h.call('ballot', people[0].openid!, { action: 'nominate', roundId: round.id, nomineeId: people[1].id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('推荐事迹') }
    })
    const list = await h.ok<any>('ballot', CHAIR, { action: 'nominations', roundId: round.id })
    expect(list.nominees.map((n: any) => [n.name, n.reasons.map((r: any) => `${r.by}：${r.reason}`)])).toEqual([
      ['李强', ['张敏：连续三年带毕业班，教学成绩全区第一', '王芳：关心青年教师成长']],
      ['陈静', ['赵磊：坚持送教下乡']]
    ])
    expect(await h.call('ballot', people[0].openid!, { action: 'nominations', roundId: round.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('ballot', CHAIR, { action: 'shortlist', roundId: round.id, nomineeIds: [people[1].id], closesAt: VOTE_CLOSES })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    h.setNow(NOMINATIONS_CLOSE)
    expect(await nominate(people[5], people[1])).toEqual({ ok: false, error: { code: 'CLOSED', message: '推荐已经截止，这条推荐没有被记录' } })
  })

  it('the shortlist becomes a ballot; its 公示 runs 5 Beijing days from the day after close, then the honour notice may be drafted', async () => {
    round = await open()
    h.setNow('2026-11-26T02:00:00.000Z')
    await nominate(people[0], people[1])
    await nominate(people[2], people[4], '坚持送教下乡')
    await nominate(people[3], people[5], '教研成果突出')
    h.setNow('2026-11-29T01:00:00.000Z')
    expect(await h.call('ballot', CHAIR, { action: 'shortlist', roundId: round.id, nomineeIds: [people[1].id, people[0].id], closesAt: VOTE_CLOSES })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '候选人只能从被推荐的会员中选' }
    })
    const body = { action: 'shortlist', roundId: round.id, nomineeIds: [people[1].id, people[4].id, people[5].id], seats: 2, closesAt: VOTE_CLOSES }
    const b = await h.ok<Ballot>('ballot', CHAIR, body)
    expect(b).toMatchObject({ title: '2026 年度优秀教师评选投票', kind: 'election', options: ['李强', '陈静', '刘洋'], seats: 2, honour: { honour: '优秀教师' } })
    expect((await h.ok<Ballot>('ballot', CHAIR, body)).id).toBe(b.id)
    const marks = [[0, 1], [0, 1], [0, 2], [1], [0, 1], [2]]
    for (const [i, p] of people.entries()) await vote(h, b, p.openid!, { picks: marks[i] })

    h.setNow(VOTE_CLOSES)
    const closed = await h.ok<any>('ballot', people[0].openid!, { action: 'results', id: b.id })
    expect(closed.tally).toMatchObject({ counts: [4, 4, 2], elected: [0, 1], tie: null })
    expect(closed.objection).toEqual({ from: '2026-12-03', until: '2026-12-07', open: false, over: false })
    const draft = await h.ok<any>('ballot', CHAIR, { action: 'draftNotice', id: b.id })
    expect(draft.body).toContain('当选：李强、陈静。')
    expect(draft.body).toContain('公示期 2026年12月3日 至 2026年12月7日。如有异议，请在公示期内在小程序「建议」中选择「公示异议」提交，将匿名转交督导室核实。')
    // 23:59 on 7 Dec in Shanghai: still open, and the honour notice waits
    h.setNow('2026-12-07T15:59:00.000Z')
    expect((await h.ok<any>('ballot', people[0].openid!, { action: 'results', id: b.id })).objection.open).toBe(true)
    expect(await h.call('ballot', CHAIR, { action: 'draftNotice', id: b.id, stage: 'honour' })).toEqual({
      ok: false,
      error: { code: 'CLOSED', message: '公示期到 2026年12月7日 结束，之后才能发布表彰通知' }
    })
    // 00:00 on 8 Dec in Shanghai
    h.setNow('2026-12-07T16:00:00.000Z')
    expect((await h.ok<any>('ballot', people[0].openid!, { action: 'results', id: b.id })).objection.open).toBe(false)
    const honour = await h.ok<any>('ballot', CHAIR, { action: 'draftNotice', id: b.id, stage: 'honour' })
    expect(honour).toMatchObject({ title: '关于授予李强、陈静「优秀教师」称号的通知', category: 'honour' })
    expect(honour.body).toContain('于 2026年12月3日 至 2026年12月7日 公示无异议')
  })
})
