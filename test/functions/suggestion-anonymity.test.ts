import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { receiptOf } from '../../cloudfunctions/_shared/anon/rsa'
import { ANON_ISSUED, ANON_KEYS, SUGGESTIONS, SUGGESTION_SECONDS, SUGGESTION_SPENT } from '../../cloudfunctions/_shared/collections'
import { createHarness, type Harness, type SeededMember } from '../support/harness'
import { secondWith, takeSecondTokens } from '../support/second-phone'
import { publishBatchOf, submitWith, takeTokens, type HeldToken } from '../support/suggestion-phone'
import { lines, shuffle } from '../support/adversary'

jest.setTimeout(240_000)

/*
 * The adversary of DESIGN.md's threat, against the suggestion box: every byte of every datafile in
 * DATA_DIR in the order it was written (nedb appends), the outbox, the function's printed logs, the
 * platform's invocation log (each call's time and, for callFunction, the caller's openid: built
 * below as CloudBase keeps it), and every secret (the weeks' RSA private keys among them).
 * 20 members, 2 suggestions each, over one week: any guess made without knowing the author hits
 * with probability 1/20 per suggestion, so chance expects 2 of 40; 9 or more by chance has
 * p ≈ 0.00013 (Binomial(40, 1/20)), so that is where "better than chance" starts.
 */
const MEMBERS = 20
const PER_MEMBER = 2
const CHANCE_LIMIT = 9
/** 附议: each member seconds 3 numbers of the 40, so 60 in all; chance expects 3, and 11 or more has p ≈ 0.00017. */
const SECONDS_EACH = 3
const SECONDS_CHANCE_LIMIT = 11

/** First appearance of each _id, in file order: the order things were first written. */
const firstSeen = (docs: Record<string, any>[]) => [...new Map(docs.map((d) => [d._id as string, d])).values()]

/** The platform's record of one invocation: callFunction carries the openid, the anonymous path none. */
interface Invocation {
  at: string
  openid: string
  action: string
}

interface World {
  h: Harness
  dir: string
  people: SeededMember[]
  /** number → author's member id: the truth the adversary lacks */
  truth: Map<string, string>
  /** receipt of each 附议 (hash of its token) → who seconded: the truth the adversary lacks */
  secondTruth: Map<string, string>
  invocations: Invocation[]
}

/** One minute past the hour of a day of the week of 23 Nov 2026 (Beijing), as an instant. */
const at = (day: number, hour: number, minute: number) => new Date(Date.UTC(2026, 10, 23 + day, hour - 8, minute, 7)).toISOString()

/**
 * How the app is used: a phone takes its week's 5 tokens when the suggestion page first opens that
 * week (Monday to Wednesday, reading or not), and writes on some later visit.
 * `together` is the control: each member takes tokens and submits at once, alone, one after another.
 */
async function simulate(together: boolean): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'suggestion-attack-'))
  const h = createHarness({ dataDir: dir, now: at(0, 7, 0) })
  const people = await h.members(Array.from({ length: MEMBERS }, (_, i) => ({ name: `老师${i + 1}`, unit: ['语文组', '数学组', '英语组', '体育组'][i % 4] })))
  const invocations: Invocation[] = []
  const truth = new Map<string, string>()
  const wallets = new Map<string, HeldToken[]>()
  const take = async (p: SeededMember, when: string) => {
    h.setNow(when)
    invocations.push({ at: when, openid: p.openid as string, action: 'tokens' })
    wallets.set(p.id, await takeTokens(h, p.openid as string, 5))
  }
  const write = async (p: SeededMember, when: string, k: number) => {
    h.setNow(when)
    invocations.push({ at: when, openid: '', action: 'submit' })
    const r = await submitWith(h, wallets.get(p.id)!.shift()!, `${p.unit}的第 ${k + 1} 条建议：${['食堂', '打印机', '教研', '空调', '考勤'][(k + p.id.length) % 5]}`, '其他')
    if (!r.ok) throw new Error(r.error.message)
    truth.set(r.data.number, p.id)
  }
  if (together) {
    let minute = 0
    for (const p of people) {
      await take(p, at(1, 9, minute++))
      for (let k = 0; k < PER_MEMBER; k++) await write(p, at(1, 9, minute++), k)
    }
  } else {
    // opening order: Mon–Wed, spread over the working day
    for (const [i, p] of shuffle(people, 7).entries()) await take(p, at(Math.floor(i / 7), 8 + ((i * 3) % 9), (i * 17) % 60))
    // writing order, independent of it: Wed–Sun, one visit per suggestion
    const visits = shuffle(
      people.flatMap((p) => Array.from({ length: PER_MEMBER }, (_, k) => ({ p, k }))),
      11
    )
    for (const [i, v] of visits.entries()) await write(v.p, at(2 + Math.floor(i / 9), 8 + ((i * 5) % 12), (i * 23) % 60), v.k)
  }
  // the week's batches go out, as the timer does at 17:00
  for (let day = 0; day < 8; day++) await publishBatchOf(h, at(day, 17, 0).replace(':07.000', ':00.000'))
  const secondTruth = together ? new Map<string, string>() : await secondSome(h, people, invocations)
  // no compaction: the adversary copies the datafiles in the order they were written
  return { h, dir, people, truth, secondTruth, invocations }
}

/**
 * 附议 as the app does it: each phone opens the board (Monday evening, in one order) and takes a
 * 附议券 for every number on it; on a later visit (Tue–Wed, another order) it seconds 3 numbers of its choosing.
 */
async function secondSome(h: Harness, people: SeededMember[], invocations: Invocation[]): Promise<Map<string, string>> {
  const truth = new Map<string, string>()
  const held = new Map<string, Awaited<ReturnType<typeof takeSecondTokens>>>()
  for (const [i, p] of shuffle(people, 13).entries()) {
    const when = at(7, 17 + Math.floor(i / 5), (i * 13) % 60)
    h.setNow(when)
    invocations.push({ at: when, openid: p.openid as string, action: 'secondTokens' })
    held.set(p.id, await takeSecondTokens(h, p.openid as string, '2026-11'))
  }
  const choices = people.flatMap((p, i) =>
    shuffle([...held.get(p.id)!.keys()], 100 + i)
      .slice(0, SECONDS_EACH)
      .map((number) => ({ p, number }))
  )
  for (const [i, c] of shuffle(choices, 17).entries()) {
    const when = at(8 + Math.floor(i / 30), 8 + ((i * 7) % 12), (i * 29) % 60)
    h.setNow(when)
    invocations.push({ at: when, openid: '', action: 'second' })
    const t = held.get(c.p.id)!.get(c.number)!
    const r = await secondWith(h, t)
    if (!r.ok) throw new Error(r.error.message)
    truth.set(receiptOf(t.pending.token), c.p.id)
  }
  return truth
}

const issuedFor = (w: World, prefix: string) => firstSeen(lines(w.dir, ANON_ISSUED)).filter((d) => String(d.purpose).startsWith(prefix))

/** Each linker names an author (member id) for every suggestion number. */
type Linker = (w: World) => Map<string, string>

/** The k-th suggestion written ↔ the member of the k-th token issuance, scaled to the two lengths. */
const byWriteOrder: Linker = (w) => {
  const issued = issuedFor(w, 'suggestion:').map((d) => d.memberId as string)
  const written = firstSeen(lines(w.dir, SUGGESTIONS)).map((d) => d._id as string)
  return new Map(written.map((n, k) => [n, issued[Math.floor((k * issued.length) / written.length)]]))
}

/** The spent-token file's order ↔ issuance order. */
const bySpentOrder: Linker = (w) => {
  const issued = issuedFor(w, 'suggestion:').map((d) => d.memberId as string)
  const spent = firstSeen(lines(w.dir, SUGGESTION_SPENT)).map((d) => d.number as string)
  return new Map(spent.map((n, k) => [n, issued[Math.floor((k * issued.length) / spent.length)]]))
}

/**
 * Times from the invocation log: the k-th anonymous submit is the k-th suggestion written; name the
 * member whose identified call came last before it.
 */
const byLogTime: Linker = (w) => {
  const byOpenid = new Map(w.people.map((p) => [p.openid as string, p.id]))
  const written = firstSeen(lines(w.dir, SUGGESTIONS)).map((d) => d._id as string)
  const submits = w.invocations.filter((i) => !i.openid)
  return new Map(
    written.map((n, k) => {
      const before = w.invocations.filter((i) => i.openid && i.at <= submits[k].at)
      return [n, byOpenid.get((before[before.length - 1] ?? w.invocations[0]).openid) as string]
    })
  )
}

/** The stored batch day ↔ the member whose tokens came last before that batch's 17:00. */
const byBatch: Linker = (w) => {
  const byOpenid = new Map(w.people.map((p) => [p.openid as string, p.id]))
  const docs = firstSeen(lines(w.dir, SUGGESTIONS))
  return new Map(
    docs.map((d) => {
      const cutoff = new Date(`${d.batch}T17:00:00+08:00`).toISOString()
      const before = w.invocations.filter((i) => i.openid && i.at < cutoff)
      return [d._id as string, byOpenid.get((before[before.length - 1] ?? w.invocations[0]).openid) as string]
    })
  )
}

/** Sorted ids against sorted ids: suggestions by number, members by id. */
const byIds: Linker = (w) => {
  const numbers = [...w.truth.keys()].sort()
  const ids = w.people.map((p) => p.id).sort()
  return new Map(numbers.map((n, k) => [n, ids[Math.floor((k * ids.length) / numbers.length)]]))
}

/** The roster's order against the board's order. */
const byRoster: Linker = (w) => {
  const numbers = [...w.truth.keys()].sort()
  return new Map(numbers.map((n, k) => [n, w.people[Math.floor((k * w.people.length) / numbers.length)].id]))
}

const LINKERS: Record<string, Linker> = { byWriteOrder, bySpentOrder, byLogTime, byBatch, byIds, byRoster }

/** Each 附议 linker names a member for every spent 附议券 (by its receipt, the record's id). */
type SecondLinker = (w: World) => Map<string, string>

/** The k-th 附议 stored ↔ the member of the k-th 附议券 issuance, scaled to the two lengths. */
const secondByOrder: SecondLinker = (w) => {
  const issued = issuedFor(w, 'second:').map((d) => d.memberId as string)
  const spent = firstSeen(lines(w.dir, SUGGESTION_SECONDS)).map((d) => d._id as string)
  return new Map(spent.map((r, k) => [r, issued[Math.floor((k * issued.length) / spent.length)]]))
}

/** Per number: its k-th 附议 ↔ the k-th member to take that number's 附议券. */
const secondByNumberOrder: SecondLinker = (w) => {
  const out = new Map<string, string>()
  const seen = new Map<string, number>()
  for (const d of firstSeen(lines(w.dir, SUGGESTION_SECONDS))) {
    const k = seen.get(d.number) ?? 0
    seen.set(d.number, k + 1)
    const takers = issuedFor(w, `second:${d.number}`).map((x) => x.memberId as string)
    out.set(d._id, takers[k % takers.length])
  }
  return out
}

/** The invocation log: the k-th anonymous 附议 ↔ whoever made the last identified call before it. */
const secondByLogTime: SecondLinker = (w) => {
  const byOpenid = new Map(w.people.map((p) => [p.openid as string, p.id]))
  const spent = firstSeen(lines(w.dir, SUGGESTION_SECONDS)).map((d) => d._id as string)
  const seconds = w.invocations.filter((i) => i.action === 'second')
  return new Map(
    spent.map((r, k) => {
      const before = w.invocations.filter((i) => i.openid && i.at <= seconds[k].at)
      return [r, byOpenid.get((before[before.length - 1] ?? w.invocations[0]).openid) as string]
    })
  )
}

const SECOND_LINKERS: Record<string, SecondLinker> = { secondByOrder, secondByNumberOrder, secondByLogTime }

const hits = (w: World, guess: Map<string, string>) => [...w.truth].filter(([n, author]) => guess.get(n) === author).length

describe('the suggestion box, attacked with every stored byte, log and secret', () => {
  let world: World
  let control: World

  beforeAll(async () => {
    world = await simulate(false)
    control = await simulate(true)
  })
  afterAll(() => {
    for (const w of [world, control]) if (w) rmSync(w.dir, { recursive: true, force: true })
  })

  it('links no better than chance, by write order, spent order, log times, batches, ids or the roster', () => {
    expect(world.truth.size).toBe(MEMBERS * PER_MEMBER)
    const score = Object.fromEntries(Object.entries(LINKERS).map(([name, link]) => [name, hits(world, link(world))]))
    console.log('suggestion linkers, correct authors of 40:', JSON.stringify(score))
    for (const [name, n] of Object.entries(score)) expect({ name, hits: n, belowChanceLimit: n < CHANCE_LIMIT }).toEqual({ name, hits: n, belowChanceLimit: true })
  })

  it('links no 附议 to its member better than chance: every member took a 附议券 for every number, seconding or not', () => {
    expect(world.secondTruth.size).toBe(MEMBERS * SECONDS_EACH)
    // the issuance records are identical in shape: one per (number, member), for every published number
    const numbers = [...world.truth.keys()].sort()
    const issued = issuedFor(world, 'second:')
    for (const p of world.people)
      expect(
        issued
          .filter((d) => d.memberId === p.id)
          .map((d) => d.purpose.slice('second:'.length))
          .sort()
      ).toEqual(numbers)
    for (const d of issued) {
      expect(Object.keys(d).sort()).toEqual(['_id', 'blindSignature', 'blinded', 'memberId', 'purpose'])
      expect(JSON.stringify(d)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    }
    // a 附议 record holds its number and nothing else; the board counts them
    const bytes = readFileSync(join(world.dir, `${SUGGESTION_SECONDS}.db`), 'utf8')
    for (const d of firstSeen(lines(world.dir, SUGGESTION_SECONDS))) expect(Object.keys(d).sort()).toEqual(['_id', 'number'])
    for (const p of world.people) for (const s of [p.openid as string, p.id, p.name]) expect(bytes).not.toContain(s)
    expect(bytes).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    const truth = (guess: Map<string, string>) => [...world.secondTruth].filter(([r, who]) => guess.get(r) === who).length
    const score = Object.fromEntries(Object.entries(SECOND_LINKERS).map(([name, link]) => [name, truth(link(world))]))
    console.log(`附议 linkers, correct members of ${world.secondTruth.size}:`, JSON.stringify(score))
    for (const [name, n] of Object.entries(score)) expect({ name, hits: n, belowChanceLimit: n < SECONDS_CHANCE_LIMIT }).toEqual({ name, hits: n, belowChanceLimit: true })
  })

  it('is not a straw man: where each member takes tokens and writes at once, alone, the order and time linkers name nearly every author', () => {
    expect(hits(control, byWriteOrder(control))).toBeGreaterThanOrEqual(30)
    expect(hits(control, byLogTime(control))).toBeGreaterThanOrEqual(30)
  })

  it('keeps nothing in any byte that names an author: no openid, member id or name, no instant, no time beside a suggestion', async () => {
    const files = readdirSync(world.dir).filter((f) => f.endsWith('.db') || f.endsWith('.jsonl'))
    const stored = (coll: string) => readFileSync(join(world.dir, `${coll}.db`), 'utf8')
    for (const coll of [SUGGESTIONS, SUGGESTION_SPENT]) {
      const bytes = stored(coll)
      for (const p of world.people) for (const s of [p.openid as string, p.id, p.name]) expect(bytes).not.toContain(s)
      // no instant at all: the batch day is the only time
      expect(bytes).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    }
    // issuance says who took how many in which week, and no time
    for (const d of issuedFor(world, 'suggestion:')) {
      expect(Object.keys(d).sort()).toEqual(['_id', 'memberId', 'purpose', 'seen', 'taken'])
      expect(JSON.stringify(d)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
    }
    for (const d of firstSeen(lines(world.dir, SUGGESTIONS)))
      expect(Object.keys(d).sort()).toEqual(['_id', 'batch', 'category', 'claimHash', 'content', 'month', 'number', 'published', 'reply', 'status', 'steps'])
    for (const d of firstSeen(lines(world.dir, SUGGESTION_SPENT))) expect(Object.keys(d).sort()).toEqual(['_id', 'number'])
    const logs = world.h.cloud.logs.join('\n')
    const outbox = JSON.stringify(world.h.cloud.outbox)
    for (const p of world.people) for (const s of [p.openid as string, p.id]) expect(logs + outbox).not.toContain(s)
    for (const n of world.truth.keys()) expect(logs + outbox).not.toContain(n)
    expect(files.length).toBeGreaterThan(3)
  })

  it('gives the key holder nothing to pair: issuance keeps only hashes of blinded values, never a token or signature', () => {
    const keys = firstSeen(lines(world.dir, ANON_KEYS)).filter((d) => String(d._id).startsWith('suggestion:'))
    expect(keys.length).toBe(1)
    const spentIds = new Set(firstSeen(lines(world.dir, SUGGESTION_SPENT)).map((d) => d._id as string))
    for (const d of issuedFor(world, 'suggestion:')) {
      expect(d.taken).toBe(5)
      for (const hash of d.seen as string[]) expect(spentIds.has(hash)).toBe(false)
    }
  })
})
