import type { SignupInput, SignupOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { requireMember, type MemberDoc } from '../../_shared/members'
import { loadActivity } from '../data/activities'
import { nudgeCard } from '../data/cards'
import { loadCounter, newTurn, takeConfirmedPlace, takeWaitlistSpot } from '../data/counters'
import { MAIN_BATCH, signupId, type ActivityDoc, type SignupDoc } from '../data/docs'
import { loadSignup, putSignup, waitlistPosition } from '../data/signups'
import { checkAnswers, companionsOf } from '../lib/answers'
import { decide, newCounter, noRoomReason } from '../lib/counter'
import { ineligibleReason } from '../lib/eligibility'
import { holderKey } from '../lib/ledger'
import { shortTime } from '../lib/schedule'
import { enterLottery } from '../data/lottery'
import { askChosen, checkChoices } from '../data/entries'

/** 代报: the officer who signed the member up, on their entry. */
export type Proxy = { id: string; name: string }

function checkWindow(a: ActivityDoc, now: string): void {
  if (a.cancelled) throw new AppError('CLOSED', `活动已取消，不能报名（${a.cancelled.reason}）`)
  if (a.signupOpensAt && now < a.signupOpensAt) throw new AppError('CLOSED', `报名尚未开始，${shortTime(a.signupOpensAt)} 开始报名`)
  if (now >= a.signupClosesAt) throw new AppError('CLOSED', '报名已截止')
}

function chooseBatch(a: ActivityDoc, batch: string | undefined): { key: string; label: string } {
  if (!a.batches.length) {
    if (batch !== undefined && batch !== MAIN_BATCH) throw new AppError('BAD_REQUEST', '批次：本活动不分批')
    return { key: MAIN_BATCH, label: a.title }
  }
  if (batch === undefined) throw new AppError('BAD_REQUEST', '批次：请选择要参加的批次')
  const found = a.batches.find((b) => b.key === batch)
  if (!found) throw new AppError('BAD_REQUEST', '批次：没有这个批次')
  return found
}

/**
 * Takes a place, else a waitlist spot, each by one conditional update of the activity's ledger
 * (lib/ledger.ts), never by counting sign-ups (two sign-ups reading one count would both take the
 * last place) nor by a transaction (a thousand at once would queue behind it). 4 database requests
 * for a place, 5 for the waitlist; each update is read back for the member's turn (seq) and, on
 * the waitlist, their position. The ledger records the member, so a retried sign-up matches
 * nothing, finds its own place and answers it again; the entry `<activity>:<member>` is written
 * after, and rewritten by that retry if a cut-off left it behind.
 */
export async function signup(input: SignupInput, ctx: Ctx): Promise<SignupOutput> {
  return signupAs(ctx, requireMember(ctx), input)
}

/**
 * The sign-up of member me, by themselves or (proxy) by an officer for them: the same rules either way.
 * 参赛项目 (a linked competition) are checked before a place is taken and asked for after it, so a
 * retry that finds its place asks again and finds the requests standing.
 */
export async function signupAs(ctx: Ctx, me: MemberDoc, input: SignupInput, proxy?: Proxy): Promise<SignupOutput> {
  const a = await loadActivity(ctx.db, input.id)
  const now = ctx.now().toISOString()
  checkWindow(a, now)
  const reason = ineligibleReason(a.eligibility, me)
  if (reason) throw new AppError('FORBIDDEN', reason)
  const batch = chooseBatch(a, input.batch)
  const answers = checkAnswers(a.fields, input.answers ?? {})
  const chosen = await checkChoices(ctx, a, me, input.events ?? [])
  const out = await takePlace(ctx, a, me, batch, answers, now, proxy)
  await askChosen(ctx, a, me, chosen)
  return out
}

async function takePlace(ctx: Ctx, a: ActivityDoc, me: MemberDoc, batch: { key: string; label: string }, answers: SignupDoc['answers'], now: string, proxy?: Proxy): Promise<SignupOutput> {
  const companions = companionsOf(a.fields, answers)
  if (a.allocation === 'lottery') return enterLottery(ctx, a, me, answers, companions, now, proxy)
  const limits = newCounter(a)
  let place: 'confirmed' | 'waitlisted' = 'confirmed'
  let c = await takeConfirmedPlace(ctx.db, a._id, limits, batch.key, me.unit, me._id, 1 + companions)
  if (!c && a.waitlist) {
    place = 'waitlisted'
    c = await takeWaitlistSpot(ctx.db, a._id, batch.key, me._id, 1 + companions)
  }
  if (!c) return alreadyOrFull(ctx, a, batch, me, answers, now, companions)
  const entry: SignupDoc = {
    _id: signupId(a._id, me._id),
    activityId: a._id,
    memberId: me._id,
    name: me.name,
    unit: me.unit,
    batch: batch.key,
    status: place,
    seq: c.nextSeq - 1,
    answers,
    signedUpAt: now
  }
  if (companions) entry.companions = companions
  if (proxy) entry.proxyBy = proxy
  // the ledger after joining says why there was no place: the batch, or the member's unit's quota
  if (place === 'waitlisted') entry.waitReason = noRoomReason(c, batch.key, me.unit, batch.label, 1 + companions)
  await putSignup(ctx.db, entry)
  // a place taken changes the live card's count; the ledger read back says whether there is one
  if (place === 'confirmed') await nudgeCard(ctx, a, c)
  return answer(entry, place === 'waitlisted' ? c.batches[batch.key].waitlisted : undefined)
}

function answer(entry: SignupDoc, position: number | undefined): SignupOutput {
  const out: SignupOutput = { status: entry.status as SignupOutput['status'] }
  if (entry.status === 'waitlisted' && position !== undefined) out.position = position
  if (entry.status === 'waitlisted' && entry.waitReason) out.reason = entry.waitReason
  if (entry.batch !== MAIN_BATCH) out.batch = entry.batch
  return out
}

/**
 * Neither update matched: the member already holds a place (a retry: answer it, writing the entry
 * if a cut-off lost it), or there is no room and no waitlist (say why: the batch, or the unit's quota).
 */
async function alreadyOrFull(ctx: Ctx, a: ActivityDoc, batch: { key: string; label: string }, me: MemberDoc, answers: SignupDoc['answers'], now: string, companions: number): Promise<SignupOutput> {
  const c = await loadCounter(ctx.db, a._id)
  if (!c || !c.batches[batch.key]) throw new AppError('NOT_FOUND', '找不到这个活动，可能已被删除')
  const held = c.h?.[holderKey(me._id)]
  if (!held) {
    const d = decide(c, batch.key, me.unit, batch.label, 1 + companions)
    if (d.place === 'full') throw new AppError('FULL', d.reason)
    // the limits changed between our read and the update (an edit): the next tap judges afresh
    throw new AppError('CONFLICT', '活动设置刚刚有变动，请再点一次报名')
  }
  const id = signupId(a._id, me._id)
  let entry = await loadSignup(ctx.db, id)
  const status = held === 'c' ? 'confirmed' : 'waitlisted'
  // an offer holds a place ('c') until it is confirmed or passes on
  if (!entry || (entry.status !== status && !(entry.status === 'offered' && held === 'c'))) {
    // a cut-off left the ledger ahead of the entry: a waitlisted one queues from the ledger's last turn
    const seq = entry && entry.status !== 'cancelled' ? entry.seq : await newTurn(ctx, a._id)
    entry = {
      ...(entry ?? { signedUpAt: now }),
      _id: id,
      activityId: a._id,
      memberId: me._id,
      name: me.name,
      unit: me.unit,
      batch: entry?.batch ?? batch.key,
      status,
      seq,
      answers: entry?.answers ?? answers
    }
    const guests = c.g?.[holderKey(me._id)]
    if (guests) entry.companions = guests
    await putSignup(ctx.db, entry)
  }
  return answer(entry, status === 'waitlisted' ? await waitlistPosition(ctx.db, entry) : undefined)
}
