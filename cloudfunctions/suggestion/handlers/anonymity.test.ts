import { CHAIR, suggestionFixture } from '../../../test/support/suggestion-fixture'
import { submitWith, takeTokens } from '../../../test/support/suggestion-phone'
import { ANON_ISSUED, CLAIM_ATTEMPTS, SUGGESTIONS, SUGGESTION_SPENT } from '../../_shared/collections'

/** Submission instants spread over several days and hours, in this order. */
const INSTANTS = [
  '2026-11-02T01:17:23.000Z',
  '2026-11-02T09:41:05.000Z',
  '2026-11-05T03:00:00.000Z',
  '2026-11-09T12:12:12.000Z',
  '2026-11-13T00:05:59.000Z',
  '2026-11-17T06:30:00.000Z',
  '2026-11-20T15:45:00.000Z',
  '2026-11-23T02:22:22.000Z'
]

/** Content in no particular order, so only stored fields could put the list in submission order. */
const CONTENTS = ['食堂晚餐延长到七点', '打印机常卡纸', '教研活动改到周三', '办公室加装空调', '考勤改为指纹', '工会福利多些书券', '操场跑道要翻修', '午休时间太短']

/** Every leaf of a document as [path, value]. */
function leaves(v: unknown, path = ''): [string, unknown][] {
  if (v && typeof v === 'object') return Object.entries(v as object).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k))
  return [[path, v]]
}

async function submitAll() {
  const f = await suggestionFixture(INSTANTS[0])
  const authors = f.members
  const numbers: string[] = []
  for (let i = 0; i < INSTANTS.length; i++) {
    f.h.setNow(INSTANTS[i])
    const who = authors[i % authors.length].openid as string
    numbers.push((await f.submit(who, CONTENTS[i], ['后勤', '教学', '福利', '管理'][i % 4])).number)
    // errors must not leave a trace either
    await submitWith(f.h, (await takeTokens(f.h, who))[0], '赌博')
  }
  return { ...f, authors, numbers }
}

describe('anonymity by design', () => {
  it('stores and logs nothing that names an author or when they wrote', async () => {
    const { h, authors, numbers } = await submitAll()
    h.setNow('2026-11-24T02:00:00.000Z')
    await h.ok('suggestion', CHAIR, { action: 'forward', number: numbers[0], forwardedTo: '后勤处', dueDate: '2026-12-01' })
    // November's prizes open once it has closed in Beijing
    h.setNow('2026-12-01T02:00:00.000Z')
    await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: numbers[1], prize: '一等奖' }] })

    const dump = JSON.parse(await h.snapshot()) as Record<string, unknown[]>
    // the roster itself names members; everything else must not
    const { members: _m, bindings: _b, ...rest } = dump
    const stored = JSON.stringify(rest)
    const logs = h.cloud.logs.join('\n')
    expect(Object.keys(rest)).toEqual(expect.arrayContaining([SUGGESTIONS, SUGGESTION_SPENT, ANON_ISSUED]))
    // issuance names members by design ("member X took k tokens this week"): everything else must not
    const { [ANON_ISSUED]: _i, ...unnamed } = rest
    for (const a of authors) {
      for (const secret of [a.openid as string, a.id, a.name]) {
        expect(JSON.stringify(unnamed)).not.toContain(secret)
        expect(logs).not.toContain(secret)
      }
    }
    for (const t of INSTANTS) {
      expect(stored).not.toContain(t)
      expect(stored).not.toContain(t.slice(0, 16))
      expect(stored).not.toContain(String(Date.parse(t)))
      expect(stored).not.toContain(String(Math.floor(Date.parse(t) / 1000)))
      expect(logs).not.toContain(t)
    }
    // the suggestions keep the batch day only: no submission instant, no author
    const suggestions = JSON.stringify([rest.suggestions, rest[SUGGESTION_SPENT]])
    for (const t of INSTANTS) expect(suggestions).not.toContain(t.slice(0, 13))
  })

  it('keeps no field that sorts suggestions into the order they were submitted', async () => {
    const { h, numbers } = await submitAll()
    const { data } = await h.cloud.db.collection(SUGGESTIONS).limit(100).get()
    const docs = numbers.map((n) => data.find((d) => d._id === n) as Record<string, unknown>)
    const paths = new Set(docs.flatMap((d) => leaves(d).map(([p]) => p)))
    for (const p of paths) {
      // the batch day is the one time kept, by design: it is public anyway (the day it appeared on the board)
      if (p === 'batch') continue
      const values = docs.map((d) => leaves(d).find(([q]) => q === p)?.[1])
      if (new Set(values.map(String)).size < 2) continue
      const sorted = [...values].sort((a, b) => String(a).localeCompare(String(b)))
      const reversed = [...sorted].reverse()
      // 8 distinct random values fall in submission order by chance once in 40,320
      expect({ p, inOrder: JSON.stringify(values) === JSON.stringify(sorted) || JSON.stringify(values) === JSON.stringify(reversed) }).toEqual({ p, inOrder: false })
    }
    expect(Object.keys(docs[0]).sort()).toEqual(['_id', 'batch', 'category', 'claimHash', 'content', 'month', 'number', 'published', 'reply', 'status', 'steps'])
  })

  it('keeps the rate limit in issuance: who took how many tokens this week, never a number or a token', async () => {
    const { h, authors, numbers } = await submitAll()
    const { data } = await h.cloud.db.collection(ANON_ISSUED).get()
    expect(data.length).toBeGreaterThan(0)
    const spent = (await h.cloud.db.collection(SUGGESTION_SPENT).get()).data
    for (const d of data) {
      expect(Object.keys(d).sort()).toEqual(['_id', 'memberId', 'purpose', 'seen', 'taken'])
      for (const n of numbers) expect(JSON.stringify(d)).not.toContain(n)
      for (const sp of spent) expect(JSON.stringify(d)).not.toContain(sp._id)
      for (const a of authors) expect(JSON.stringify(d)).not.toContain(a.openid as string)
    }
  })

  it('keeps claim tries by number alone: a count and the hour, never who tried or when within it', async () => {
    const { h, authors, numbers } = await submitAll()
    // November's prizes open on 1 Dec; the tries below are played back on the 24th's clock
    h.setNow('2026-12-01T02:00:00.000Z')
    await h.ok('suggestion', CHAIR, {
      action: 'award',
      month: '2026-11',
      winners: [
        { number: numbers[1], prize: '一等奖' },
        { number: numbers[2], prize: '二等奖' }
      ]
    })
    const tries = ['2026-11-24T02:17:23.000Z', '2026-11-24T02:41:05.000Z', '2026-11-24T03:12:12.000Z']
    for (const [i, at] of tries.entries()) {
      h.setNow(at)
      for (const number of [numbers[1], numbers[2]]) {
        const r = await h.call('suggestion', authors[i].openid as string, { action: 'claim', number, claimCode: 'ZZZZZZZZ' })
        expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      }
    }
    const { data } = await h.cloud.db.collection(CLAIM_ATTEMPTS).get()
    expect(data.map((d) => d._id).sort()).toEqual([numbers[1], numbers[2]].sort())
    const logs = h.cloud.logs.join('\n')
    for (const d of data) {
      // the earlier hour's tries were swept with it: only the whole hour of the last ones is left
      expect(d).toEqual({ _id: d._id, since: '2026-11-24T03:00:00.000Z', count: 1 })
      for (const a of authors) for (const secret of [a.openid as string, a.id, a.name]) expect(JSON.stringify(d) + logs).not.toContain(secret)
    }
  })

  it('stores the claim code only as a hash', async () => {
    const f = await suggestionFixture()
    const r = await f.submit(f.members[0].openid as string)
    expect(await f.h.snapshot()).not.toContain(r.claimCode)
  })
})
