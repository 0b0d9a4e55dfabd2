import type { Ballot } from '../../types/ballot'
import { count } from '../../types/ballot-count'
import { takeToken } from '../support/ballot-voter'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../support/harness'

jest.setTimeout(180_000)

const CLOSES = '2026-11-25T10:00:00.000Z'
const GROUPS = [
  { name: '代表', tags: ['教代会代表'], weight: 2 },
  { name: '教职工', weight: 1 }
]

/** 领票 with the key of the voter's own group (what the phone gets from get), then cast naming the group. */
async function rate(h: Harness, id: string, openid: string, grades: number[][], claim?: number) {
  const mine = await h.ok<Ballot>('ballot', openid, { action: 'get', id })
  const held = await takeToken(h, mine, openid)
  return h.call('ballot', '', { action: 'cast', id, choices: { grades }, token: held.pending.token, signature: held.signature, group: claim ?? mine.group })
}

describe('民主评议 with weighted rater groups', () => {
  let h: Harness
  let delegates: SeededMember[]
  let staff: SeededMember[]
  beforeEach(async () => {
    h = createHarness()
    const people = await h.members(Array.from({ length: 10 }, (_, i) => ({ name: `老师${i + 1}`, unit: '语文组' })))
    delegates = people.slice(0, 5)
    staff = people.slice(5)
    for (const d of delegates) await h.ok('member', CHAIR, { action: 'tag', memberId: d.id, tags: ['教代会代表'] })
  })
  afterEach(() => h.cloud.close())

  const create = (title = '2026 学年中层干部述职评议', subjects = ['王校长']) =>
    h.ok<Ballot>('ballot', CHAIR, { action: 'create', title, kind: 'rating', subjects, criteria: ['德', '能'], raterGroups: GROUPS, closesAt: CLOSES })

  it('weighted means per criterion and the share of each grade, with each group its own means', async () => {
    const b = await create()
    for (const d of delegates) expect(await rate(h, b.id, d.openid!, [[0, 1]])).toMatchObject({ ok: true })
    for (const s of staff) expect(await rate(h, b.id, s.openid!, [[1, 3]])).toMatchObject({ ok: true })
    await h.ok('ballot', CHAIR, { action: 'close', id: b.id })
    const r = await h.ok('ballot', staff[0].openid!, { action: 'results', id: b.id })
    // 德: (5·2·4 + 5·1·3) / 15 = 55/15 = 3.67; 能: (5·2·3 + 5·1·1) / 15 = 35/15 = 2.33; 优秀 10/15 of the weight
    expect(r.tally.subjects).toEqual([
      {
        name: '王校长',
        mean: 3,
        criteria: [
          { name: '德', mean: 3.67, shares: [0.67, 0.33, 0, 0] },
          { name: '能', mean: 2.33, shares: [0, 0.67, 0, 0.33] }
        ]
      }
    ])
    expect(r.tally.groups.map((g: any) => [g.name, g.voters, g.subjects[0].criteria.map((c: any) => c.mean)])).toEqual([
      ['代表', 5, [4, 3]],
      ['教职工', 5, [3, 1]]
    ])
    // every ballot shows its group (and nothing else about its voter), so the phone's recount gives the same figures
    expect(r.ballots.map((x: any) => x.group).sort()).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    expect(
      count(
        r.ballot,
        r.ballots.map((x: any) => ({ ...x.choices, group: x.group })),
        r.eligible
      )
    ).toEqual(r.tally)
  })

  it('a group of fewer than 5 raters has its breakdown withheld, and no ballot shows its group', async () => {
    const b = await create()
    for (const d of delegates) await rate(h, b.id, d.openid!, [[0, 0]])
    for (const s of staff.slice(0, 4)) await rate(h, b.id, s.openid!, [[3, 3]])
    await h.ok('ballot', CHAIR, { action: 'close', id: b.id })
    const r = await h.ok('ballot', staff[0].openid!, { action: 'results', id: b.id })
    expect(r.tally.groups).toEqual([expect.objectContaining({ name: '代表', voters: 5, subjects: expect.any(Array) }), { name: '教职工', weight: 1, voters: 4, subjects: null }])
    // 德: (5·2·4 + 4·1·1) / 14 = 44/14 = 3.14
    expect(r.tally.subjects[0].criteria[0].mean).toBe(3.14)
    expect(r.ballots).toHaveLength(9)
    expect(r.ballots.every((x: any) => !('group' in x))).toBe(true)
    expect(r.withheld).toContain('有评议组不足 5 人')
  })

  it('a ballot cannot claim a group (and its weight) its token was not signed for', async () => {
    const b = await create()
    const r = await rate(h, b.id, staff[0].openid!, [[0, 0]], 0)
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const none = await h.call('ballot', '', { action: 'cast', id: b.id, choices: { grades: [[0, 0]] }, token: 'a'.repeat(64), signature: 'b'.repeat(64) })
    expect(none).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('评议组') } })
    expect((await h.ok('ballot', CHAIR, { action: 'turnout', id: b.id })).voted).toBe(0)
  })

  it('整改 items the chair records after a rating are shown on the next rating of the same subject', async () => {
    const first = await create('2026 学年第一学期述职评议', ['王校长', '李主任'])
    expect(await h.call('ballot', CHAIR, { action: 'addRectification', id: first.id, subject: '王校长', item: '深入课堂' })).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    await h.ok('ballot', CHAIR, { action: 'close', id: first.id })
    const added = await h.ok('ballot', CHAIR, { action: 'addRectification', id: first.id, subject: '王校长', item: '听课次数偏少，每月至少听课 4 节' })
    await h.ok('ballot', CHAIR, { action: 'addRectification', id: first.id, subject: '王校长', item: '听课次数偏少，每月至少听课 4 节' })
    expect(added.items).toHaveLength(1)
    expect(await h.call('ballot', CHAIR, { action: 'addRectification', id: first.id, subject: '赵老师', item: 'x' })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '「赵老师」不是这次评议的对象' }
    })
    expect(await h.call('ballot', staff[0].openid!, { action: 'addRectification', id: first.id, subject: '王校长', item: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const next = await create('2026 学年第二学期述职评议', ['王校长'])
    const seen = await h.ok<Ballot>('ballot', staff[0].openid!, { action: 'get', id: next.id })
    expect(seen.rectifications).toEqual([expect.objectContaining({ subject: '王校长', item: '听课次数偏少，每月至少听课 4 节', ballotTitle: '2026 学年第一学期述职评议' })])
    // not on the rating it came from, nor on another subject's
    expect((await h.ok<Ballot>('ballot', staff[0].openid!, { action: 'get', id: first.id })).rectifications).toBeUndefined()
    const other = await create('后勤评议', ['李主任'])
    expect(other.rectifications).toBeUndefined()
  })
})
