import { randomBytes } from 'node:crypto'
import type { LotteryKeyholder, LotteryProof, PublicKeyholder, SignupOutput } from '../../../types/activity'
import { lockedParts, sha256Hex } from '../../../types/draw'
import { allocate, entrantsDigest, type LotteryEntrant, type LotteryShares } from '../../../types/lottery'
import type { Ctx } from '../../_shared/ctx'
import { ACTIVITIES, ACTIVITY_DRAWS, SIGNUPS } from '../../_shared/collections'
import { addIfAbsent, collection, getAll, getDoc, txGetDoc, withTransaction, type Database, type Transaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import type { MemberDoc } from '../../_shared/members'
import { newTurn } from './counters'
import { holderKey } from '../lib/ledger'
import { shortTime } from '../lib/schedule'
import { MAIN_BATCH, signupId, withoutId, type ActivityDoc, type CounterDoc, type SignupDoc } from './docs'
import { loadSignup } from './signups'

/** Collection `activity_draws`, id = activity id. The secret never leaves the function before the draw. */
export interface DrawDoc {
  _id: string
  /** The system's share of the draw (types/lottery.ts step 1). */
  secret: string
  commitment: string
  committedAt: string
  /** Named by the chair before the close; each locks a secret of their own, and reveals it after. */
  keyholders?: LotteryKeyholder[]
  result?: DrawResult
}

export interface DrawResult {
  drawnAt: string
  drawnBy: string
  digest: string
  rules: { capacity: number | null; quotas: Record<string, number> }
  entrants: LotteryEntrant[]
  winners: string[]
  waitlist: string[]
  /** the ledger's next turn when drawn: entry i of the draw order takes turn base + i */
  base: number
  /** ticket → member id: kept here, never shown (the proof shows tickets and units only) */
  members: Record<string, string>
}

const drawsIn = (db: Database) => collection<DrawDoc>(db, ACTIVITY_DRAWS)

export const loadDraw = (db: Database, id: string) => getDoc<DrawDoc>(db, ACTIVITY_DRAWS, id)

export const ticketOf = (seq: number): string => String(seq).padStart(4, '0')

/**
 * At publishing: the secret of the draw and its commitment, which members see from the start. A
 * retried create finds the first one's and keeps it, so the commitment never changes.
 */
export async function commitDraw(db: Database, activityId: string, now: string): Promise<void> {
  const secret = randomBytes(16).toString('hex')
  await addIfAbsent(db, ACTIVITY_DRAWS, { _id: activityId, secret, commitment: sha256Hex(secret), committedAt: now })
}

/** Keyholders have a day after the close to reveal: the draw is made the day sign-up ends or the next. */
export const REVEAL_HOURS = 24

export const revealByOf = (a: Pick<ActivityDoc, 'signupClosesAt'>): string => new Date(Date.parse(a.signupClosesAt) + REVEAL_HOURS * 3600_000).toISOString()

/** The keyholders who locked a secret before the close: the ones the seed takes, in naming order. */
export const lockedKeys = (d: Pick<DrawDoc, 'keyholders'>): LotteryKeyholder[] => (d.keyholders ?? []).filter((k) => k.commitment)

/** The caller's place among the keyholders (-1: none). A chair by configuration holds the chair's key. */
export const keySlotOf = (d: Pick<DrawDoc, 'keyholders'> | null, ctx: Pick<Ctx, 'member' | 'role'>): number =>
  (d?.keyholders ?? []).findIndex((k) => (k.memberId ? ctx.member?._id === k.memberId : k.role === '工会主席' && ctx.role === 'chair'))

const publicKey = ({ memberId: _, ...k }: LotteryKeyholder): PublicKeyholder => k

/**
 * Whether the draw may be made at `now`, and why not: after the close, once every keyholder who
 * locked a secret has revealed it or the reveal deadline has passed (then the public stand-in
 * takes the missing one's place, types/draw.ts).
 */
export function readiness(a: Pick<ActivityDoc, 'signupClosesAt' | 'cancelled'>, d: Pick<DrawDoc, 'keyholders' | 'result'>, now: string): { can: boolean; why: string } {
  if (d.result) return { can: false, why: '已抽签' }
  if (a.cancelled) return { can: false, why: '活动已取消，不抽签' }
  if (now < a.signupClosesAt) return { can: false, why: `报名截止（${shortTime(a.signupClosesAt)}）后才能抽签，以免有人还没报上` }
  const locked = lockedKeys(d)
  const waiting = locked.filter((k) => !k.secret)
  const revealBy = revealByOf(a)
  if (waiting.length && now <= revealBy) return { can: false, why: `等${waiting.map((k) => k.role).join('和')}揭晓密钥（${shortTime(revealBy)}前），揭晓后就能抽签` }
  if (!locked.length) return { can: true, why: d.keyholders?.length ? '保管人报名截止前没有锁定密钥，按系统密钥抽签' : '没有选定密钥保管人，按系统密钥抽签' }
  if (waiting.length) return { can: true, why: `揭晓期已过，${waiting.map((k) => k.role).join('和')}的密钥按规则用公开替代值` }
  return { can: true, why: '密钥保管人都已揭晓，可以抽签' }
}

/** The proof members see: the commitments before the draw; everything to recompute it after. */
export function proofOf(a: Pick<ActivityDoc, 'priority' | 'signupClosesAt' | 'cancelled'>, d: DrawDoc, now: string): LotteryProof {
  const p: LotteryProof = { commitment: d.commitment, committedAt: d.committedAt, revealBy: revealByOf(a), ready: readiness(a, d, now) }
  if (d.keyholders?.length) p.keyholders = d.keyholders.map(publicKey)
  if (a.priority) p.priorityLastN = a.priority.lastN
  const r = d.result
  if (!r) return p
  return {
    ...p,
    drawnAt: r.drawnAt,
    drawnBy: r.drawnBy,
    secret: d.secret,
    digest: r.digest,
    rules: { capacity: r.rules.capacity ?? null, quotas: r.rules.quotas ?? {} },
    entrants: r.entrants,
    winners: r.winners,
    waitlist: r.waitlist
  }
}

/** Stores the result once: concurrent draws compute the same allocation, and the first write stands. */
export async function saveResult(db: Database, id: string, result: DrawResult): Promise<DrawDoc | null> {
  await drawsIn(db)
    .where({ _id: id, result: db.command.exists(false) })
    .update({ data: { result } })
  return loadDraw(db, id)
}

/** Who has entered and not withdrawn, in entry order. */
export const entrantsOf = (db: Database, activityId: string) => getAll(collection<SignupDoc>(db, SIGNUPS).where({ activityId, status: 'entered' }).orderBy('seq', 'asc'))

/**
 * Members with priority: among the lastN lottery activities drawn most recently before this one
 * (union-wide, by drawnAt), they entered at least one and won a place in none.
 */
export async function priorityMembers(db: Database, a: ActivityDoc): Promise<Set<string>> {
  if (!a.priority) return new Set()
  const _ = db.command
  const { data: recent } = await collection<ActivityDoc>(db, ACTIVITIES)
    .where({ allocation: 'lottery', drawnAt: _.exists(true), _id: _.neq(a._id) })
    .orderBy('drawnAt', 'desc')
    .limit(a.priority.lastN)
    .field({ _id: true })
    .get()
  if (!recent.length) return new Set()
  const past = await getAll(
    collection<SignupDoc>(db, SIGNUPS)
      .where({ activityId: _.in(recent.map((r) => r._id)), drawn: _.exists(true) })
      .field({ memberId: true, drawn: true })
  )
  const won = new Set(past.filter((s) => s.drawn === 'won').map((s) => s.memberId))
  return new Set(past.filter((s) => !won.has(s.memberId)).map((s) => s.memberId))
}

/**
 * A lottery sign-up: an entry (待抽签) and a ticket, no place in the ledger. One entry per member:
 * a double tap or a retry finds the first and answers its ticket.
 */
export async function enterLottery(
  ctx: Ctx,
  a: ActivityDoc,
  me: MemberDoc,
  answers: SignupDoc['answers'],
  companions: number,
  now: string,
  proxy?: { id: string; name: string }
): Promise<SignupOutput> {
  const id = signupId(a._id, me._id)
  const old = await loadSignup(ctx.db, id)
  if (old && old.status !== 'cancelled') return { status: old.status as SignupOutput['status'], ticket: old.ticket }
  const seq = await newTurn(ctx, a._id)
  const entry: SignupDoc = { _id: id, activityId: a._id, memberId: me._id, name: me.name, unit: me.unit, batch: MAIN_BATCH, status: 'entered', seq, ticket: ticketOf(seq), answers, signedUpAt: now }
  if (companions) entry.companions = companions
  if (proxy) entry.proxyBy = proxy
  // only where no live entry is: a concurrent tap that got there first keeps its ticket
  const wrote = old
    ? (
        await collection<SignupDoc>(ctx.db, SIGNUPS)
          .where({ _id: id, status: 'cancelled' })
          .update({ data: withoutId(entry) })
      ).stats.updated === 1
    : await addIfAbsent(ctx.db, SIGNUPS, entry as unknown as Record<string, unknown> & { _id: string })
  const mine = wrote ? entry : await loadSignup(ctx.db, id)
  return { status: 'entered', ticket: mine?.ticket ?? entry.ticket }
}

/** The secrets the draw takes: the system's, and each locked key (revealed, or absent for the stand-in). */
export const sharesOf = (d: DrawDoc): LotteryShares => ({ commitment: d.commitment, secret: d.secret, keys: lockedParts(d.keyholders) })

/** The allocation of the entrants fixed at the close, by the committed secrets (types/lottery.ts). */
export async function computeResult(ctx: Ctx, a: ActivityDoc, d: DrawDoc, base: number): Promise<DrawResult> {
  const entries = await entrantsOf(ctx.db, a._id)
  const prio = await priorityMembers(ctx.db, a)
  const entrants: LotteryEntrant[] = entries.map((e) => ({ ticket: e.ticket ?? ticketOf(e.seq), unit: e.unit, size: 1 + (e.companions ?? 0), priority: prio.has(e.memberId) }))
  const rules = { capacity: a.capacity, quotas: a.quotas ?? {} }
  const { winners, waitlist } = allocate(sharesOf(d), entrants, rules)
  const members = Object.fromEntries(entries.map((e) => [e.ticket ?? ticketOf(e.seq), e.memberId]))
  return { drawnAt: ctx.now().toISOString(), drawnBy: ctx.member?.name ?? '', digest: entrantsDigest(entrants), rules, entrants, winners, waitlist, base, members }
}

/** Marks the activity drawn (the priority rule of later lotteries looks back by it), once. */
export async function markDrawn(db: Database, id: string, drawnAt: string): Promise<void> {
  await collection<ActivityDoc>(db, ACTIVITIES)
    .where({ _id: id, drawnAt: db.command.exists(false) })
    .update({ data: { drawnAt } })
}

/** What the activity page shows of a lottery: the proof, and how many entered (before the draw). */
export async function lotteryView(db: Database, a: ActivityDoc, now: string): Promise<{ draw?: LotteryProof; entered?: number }> {
  const d = await loadDraw(db, a._id)
  const draw = d ? proofOf(a, d, now) : undefined
  if (d?.result) return { draw, entered: d.result.entrants.length }
  const { total } = await collection<SignupDoc>(db, SIGNUPS).where({ activityId: a._id, status: 'entered' }).count()
  return { draw, entered: total }
}

/**
 * A member's entry as the draw decided it, while a long draw's entry updates are still landing
 * (drawPlaces moves them in batches; a repeat or the minute timer finishes).
 */
export function asDrawn(mine: SignupDoc | null, d: LotteryProof | undefined): { mine: SignupDoc | null; position?: number } {
  if (!mine || mine.status !== 'entered' || !mine.ticket || !d?.winners || !d.waitlist) return { mine }
  if (d.winners.includes(mine.ticket)) return { mine: { ...mine, status: 'confirmed', drawn: 'won' } }
  const at = d.waitlist.indexOf(mine.ticket)
  if (at < 0) return { mine }
  return { mine: { ...mine, status: 'waitlisted', drawn: 'lost', waitReason: '未抽中，按抽签顺序候补' }, position: at + 1 }
}

/** Lotteries whose draw may not have reached every entry yet: closed, not marked drawn. */
export const undrawnLotteries = (db: Database, now: string) =>
  getAll(collection<ActivityDoc>(db, ACTIVITIES).where({ allocation: 'lottery', drawnAt: db.command.exists(false), signupClosesAt: db.command.lte(now) }))

/** A drawn lottery's waitlist, member ids in draw order: it is served in this order (data/waitlist.ts). */
export async function waitOrderOf(db: Database, a: Pick<ActivityDoc, '_id' | 'allocation'>): Promise<string[] | undefined> {
  if (a.allocation !== 'lottery') return undefined
  const r = (await loadDraw(db, a._id))?.result
  return r ? r.waitlist.map((t) => r.members[t]) : undefined
}

/** 1 for the first still waiting in draw order: those ahead of the member the ledger still holds as waiting, plus one. */
export function drawPosition(order: string[], c: Pick<CounterDoc, 'h'> | null, memberId: string): number | undefined {
  const at = order.indexOf(memberId)
  if (at < 0) return undefined
  return order.slice(0, at).filter((m) => c?.h?.[holderKey(m)] === 'w').length + 1
}

/**
 * Changes the keyholders in one transaction on the draw's document (two keyholders may lock at the
 * same moment): `change` answers the new list, or throws to refuse.
 */
export async function changeKeys(db: Database, id: string, change: (d: DrawDoc) => LotteryKeyholder[]): Promise<DrawDoc> {
  return withTransaction(db, async (tx: Transaction) => {
    const d = await txGetDoc<DrawDoc>(tx, ACTIVITY_DRAWS, id)
    if (!d) throw new AppError('NOT_FOUND', '找不到本活动的抽签，只有抽签分配名额的活动才有密钥保管人')
    const keyholders = change(d)
    if (keyholders !== d.keyholders)
      await tx
        .collection(ACTIVITY_DRAWS)
        .doc(id)
        .update({ data: { keyholders: db.command.set(keyholders) } })
    return { ...d, keyholders }
  })
}

/** What the keyholder actions answer: the keyholders as members see them, and the reveal deadline. */
export const keysOutput = (a: ActivityDoc, d: DrawDoc) => ({ id: a._id, keyholders: (d.keyholders ?? []).map(publicKey), revealBy: revealByOf(a) })
