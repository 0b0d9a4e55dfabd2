import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BN from 'bn.js'
import type { Ballot } from '../../types/ballot'
import { pssEncode } from '../../src/ballot/lib/blind'
import { castWith, takeToken, type Held } from '../support/ballot-voter'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../support/harness'
import { lines, shuffle } from '../support/adversary'

jest.setTimeout(180_000)

/*
 * The adversary of DESIGN.md's threat: every byte of every datafile in DATA_DIR (in the order it
 * was written: nedb appends), every function log, every secret (each ballot's private key among
 * them). Each linker below names a voter for every ballot; the measure is how many it gets right.
 * A linker that knows nothing pairs a random permutation and expects 1 hit whatever the number of
 * ballots; 6 or more hits by chance has p ≈ 0.0006 (Poisson(1)), so that is where "better than
 * chance" starts.
 */
const CHANCE_LIMIT = 6
const MEMBERS = 30
const VOTERS = 24

describe('ballot secrecy, attacked with every stored byte, log and secret', () => {
  let h: Harness
  let dir: string
  let people: SeededMember[]
  let ballot: Ballot
  /** The control: a ballot where each voter takes their token and votes at once, one after another. */
  let alone: Ballot
  const aloneTruth = new Map<string, string>()
  /** Ground truth the adversary does not have: receipt → voter. */
  const truth = new Map<string, string>()
  const held = new Map<string, Held>()
  /** Rater groups: the ballot's group is known to the adversary, and is meant to be all it says. */
  let rating: Ballot
  const ratingTruth = new Map<string, { voter: string; group: number }>()

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ballot-attack-'))
    h = createHarness({ dataDir: dir })
    people = await h.members(Array.from({ length: MEMBERS }, (_, i) => ({ name: `代表${i + 1}`, unit: ['语文组', '数学组', '英语组'][i % 3] })))
    // announced ahead: the ballot opens an hour after it is created, and phones take their ballot on opening the page
    ballot = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '2027 年度工会工作计划', kind: 'motion', opensAt: '2026-11-24T03:00:00.000Z', closesAt: '2026-11-24T05:00:00.000Z' })
    for (const p of shuffle(people, 7)) held.set(p.id, await takeToken(h, ballot, p.openid!))
    h.setNow('2026-11-24T03:10:00.000Z')
    for (const [i, p] of shuffle(people, 99).slice(0, VOTERS).entries()) {
      const r = await castWith(h, ballot.id, held.get(p.id)!, { picks: [i % 3 === 2 ? 1 : 0] })
      if (!r.ok) throw new Error(r.error.message)
      truth.set(r.data.receipt, p.id)
    }
    await h.ok('ballot', CHAIR, { action: 'close', id: ballot.id })
    alone = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '对照：领票即投', kind: 'motion', closesAt: '2026-11-24T05:00:00.000Z' })
    for (const p of shuffle(people, 5).slice(0, VOTERS)) {
      const r = await castWith(h, alone.id, await takeToken(h, alone, p.openid!), { picks: [0] })
      if (r.ok) aloneTruth.set(r.data.receipt, p.id)
    }
    // a rating by rater groups: 10 代表 (weight 2) and the rest; tokens taken ahead, ballots cast later in another order
    for (const p of people.slice(0, 10)) await h.ok('member', CHAIR, { action: 'tag', memberId: p.id, tags: ['教代会代表'] })
    h.setNow('2026-11-24T03:20:00.000Z')
    rating = await h.ok<Ballot>('ballot', CHAIR, {
      action: 'create',
      title: '中层干部述职评议',
      kind: 'rating',
      subjects: ['王主任'],
      criteria: ['德'],
      raterGroups: [
        { name: '代表', tags: ['教代会代表'], weight: 2 },
        { name: '教职工', weight: 1 }
      ],
      opensAt: '2026-11-24T03:30:00.000Z',
      closesAt: '2026-11-24T05:00:00.000Z'
    })
    const ratingHeld = new Map<string, { held: Held; group: number }>()
    for (const p of shuffle(people, 11)) {
      const mine = await h.ok<Ballot>('ballot', p.openid!, { action: 'get', id: rating.id })
      ratingHeld.set(p.id, { held: await takeToken(h, mine, p.openid!), group: mine.group! })
    }
    h.setNow('2026-11-24T03:40:00.000Z')
    for (const [i, p] of shuffle(people, 23).slice(0, VOTERS).entries()) {
      const { held: x, group } = ratingHeld.get(p.id)!
      const r = await h.call('ballot', '', { action: 'cast', id: rating.id, choices: { grades: [[i % 4]] }, token: x.pending.token, signature: x.signature, group })
      if (!r.ok) throw new Error(r.error.message)
      ratingTruth.set(r.data.receipt, { voter: p.id, group })
    }
    await h.cloud.close()
    await new Promise((r) => setTimeout(r, 300))
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const hits = (guess: (receipt: string) => string | undefined) => [...truth].filter(([receipt, voter]) => guess(receipt) === voter).length

  it('pairing the k-th token issued with the k-th ballot stored, in the datafiles write order, does no better than chance', () => {
    const issued = lines(dir, 'anon_issued').filter((d) => d.purpose === `ballot:${ballot.id}`)
    const casts = lines(dir, 'ballot_casts').filter((d) => d.purpose === `ballot:${ballot.id}`)
    expect(casts).toHaveLength(VOTERS)
    const byRank = new Map(casts.map((c, k) => [c._id as string, issued[k]?.memberId as string]))
    const byScaledRank = new Map(casts.map((c, k) => [c._id as string, issued[Math.floor((k * issued.length) / casts.length)]?.memberId as string]))
    // the roll's order (members.db) against the ballots' order says nothing either
    const roll = lines(dir, 'members').map((m) => m._id as string)
    const byRoll = new Map(casts.map((c, k) => [c._id as string, roll[k]]))
    for (const linker of [byRank, byScaledRank, byRoll]) expect(hits((r) => linker.get(r))).toBeLessThan(CHANCE_LIMIT)
  })

  it('control: the same linker names every voter who takes a ballot and casts it at once, alone (the residual docs/anonymity.md states)', () => {
    const issued = lines(dir, 'anon_issued').filter((d) => d.purpose === `ballot:${alone.id}`)
    const casts = lines(dir, 'ballot_casts').filter((d) => d.purpose === `ballot:${alone.id}`)
    const byRank = new Map(casts.map((c, k) => [c._id as string, issued[k]?.memberId as string]))
    expect([...aloneTruth].filter(([r, v]) => byRank.get(r) === v)).toHaveLength(VOTERS)
  })

  it('no stored ballot or issuance carries a time, a voter or anything beyond its purpose and content (and, by rater groups, its group)', () => {
    for (const d of lines(dir, 'ballot_casts')) expect(Object.keys(d).sort()).toEqual(d.purpose === `ballot:${rating.id}` ? ['_id', 'choices', 'group', 'purpose'] : ['_id', 'choices', 'purpose'])
    for (const d of lines(dir, 'anon_issued')) expect(Object.keys(d).sort()).toEqual(['_id', 'blindSignature', 'blinded', 'memberId', 'purpose'])
    const raw = readdirSync(dir)
      .filter((f) => /^(ballot_casts|anon_issued)\.db$/.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n')
    expect(raw).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    const openids = people.map((p) => p.openid!)
    for (const d of lines(dir, 'ballot_casts')) for (const o of openids) expect(JSON.stringify(d)).not.toContain(o)
  })

  it('by rater groups, the group is all a ballot says: pairing within a group by write order does no better than chance', () => {
    const casts = lines(dir, 'ballot_casts').filter((d) => d.purpose === `ballot:${rating.id}`)
    expect(casts).toHaveLength(VOTERS)
    // the group on each ballot is the true voter's group: the adversary learns that much, by design
    for (const c of casts) expect(c.group).toBe(ratingTruth.get(c._id)!.group)
    let hits = 0
    for (const g of [0, 1]) {
      const issued = lines(dir, 'anon_issued').filter((d) => d.purpose === `ballot:${rating.id}:g${g}`)
      const mine = casts.filter((c) => c.group === g)
      mine.forEach((c, k) => {
        if (issued[k]?.memberId === ratingTruth.get(c._id)!.voter) hits++
      })
    }
    expect(hits).toBeLessThan(CHANCE_LIMIT)
    // and the two groups' keys are distinct, so a token proves its group and nothing finer
    const keys = lines(dir, 'anon_keys').filter((k) => String(k._id).startsWith(`ballot:${rating.id}:g`))
    expect(new Set(keys.map((k) => k.publicKey.n)).size).toBe(2)
  })

  it('the function logs hold no receipt, token or signature that could be joined to a caller', () => {
    const logs = h.cloud.logs.join('\n')
    for (const [receipt] of truth) expect(logs).not.toContain(receipt.slice(0, 16))
    for (const x of held.values()) {
      expect(logs).not.toContain(x.pending.token.slice(0, 16))
      expect(logs).not.toContain(x.pending.blinded.slice(0, 16))
    }
  })

  it('with the private key, every issued blind signature fits every cast ballot equally: the key links nothing', () => {
    // the adversary also sees each cast's token and signature (as the platform might log a request body)
    const { publicKey } = lines(dir, 'anon_keys').find((k) => k._id === `ballot:${ballot.id}`)!
    const n = new BN(publicKey.n, 16)
    const e = new BN(publicKey.e, 16)
    const red = BN.mont(n)
    const pow = (x: BN) => x.toRed(red).redPow(e).fromRed()
    const issued = lines(dir, 'anon_issued').filter((d) => d.purpose === `ballot:${ballot.id}`)
    const spent = [...truth.keys()].map((receipt) => [...held.values()].find((x) => createHash('sha256').update(Buffer.from(x.pending.token, 'hex')).digest('hex') === receipt)!)
    let consistent = 0
    for (const i of issued.slice(0, 8)) {
      for (const s of spent.slice(0, 8)) {
        // the blinding factor this pairing would need: r = blindSig / sig; it is consistent when r^e·PSS(token) = blinded
        const r = new BN(i.blindSignature, 16).mul(new BN(s.signature, 16).invm(n)).umod(n)
        const m = new BN(pssEncode(Buffer.from(s.pending.token, 'hex'), n.bitLength() - 1))
        if (m.mul(pow(r)).umod(n).eq(new BN(i.blinded, 16))) consistent++
      }
    }
    // every one of the 64 pairings has a valid r: the key cannot tell the true pair from the 56 false ones
    expect(consistent).toBe(64)
  })
})
