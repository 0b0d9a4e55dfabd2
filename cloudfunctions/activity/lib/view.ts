import type { Activity, LotteryProof, MySignup, SignupOutlook } from '../../../types/activity'
import { MAIN_BATCH, unitKey, type ActivityDoc, type CounterDoc, type SignupDoc } from '../data/docs'
import { eligibilityText, ineligibleReason, type WhoSignsUp } from './eligibility'
import { checkinWindow, MAX_CHECKIN_FAILS, phaseOf } from './schedule'

export interface ViewOf {
  now: Date
  /** The caller, for eligibility; null for a timer or a stranger. */
  who: WhoSignsUp | null
  mine?: SignupDoc | null
  /** The caller's waitlist position, when waitlisted. */
  position?: number
  /** Lottery: the draw's proof (data/lottery.ts proofOf) and how many have entered. */
  draw?: LotteryProof
  entered?: number
}

function batchesView(a: ActivityDoc, c: CounterDoc | null): Activity['batches'] {
  if (!a.batches.length) return []
  return a.batches.map((b) => {
    const n = c?.batches[b.key]
    return { key: b.key, label: b.label, capacity: b.capacity ?? null, confirmed: n?.confirmed ?? 0, waitlisted: n?.waitlisted ?? 0 }
  })
}

function totalCapacity(a: ActivityDoc): number | null {
  if (!a.batches.length) return a.capacity
  if (a.batches.some((b) => b.capacity === undefined)) return null
  return a.batches.reduce((s, b) => s + (b.capacity ?? 0), 0)
}

function mineView(s: SignupDoc | null | undefined, position: number | undefined): MySignup | null {
  if (!s || s.status === 'cancelled') return null
  const m: MySignup = { status: s.status, answers: s.answers, attended: Boolean(s.attended), signedUpAt: s.signedUpAt }
  if (s.batch !== MAIN_BATCH) m.batch = s.batch
  if (s.status === 'waitlisted' && position !== undefined) m.position = position
  if (s.status === 'waitlisted' && s.waitReason) m.waitReason = s.waitReason
  if (s.ticket) m.ticket = s.ticket
  if (s.status === 'offered' && s.offerExpiresAt) m.offerExpiresAt = s.offerExpiresAt
  if (s.proxyBy) m.proxyBy = s.proxyBy.name
  if (s.companions) m.companions = s.companions
  return m
}

/**
 * What 报名 would give `who` in each batch right now, by the rules signup applies: the batch's
 * places, then their unit's quota across batches; past either, the waitlist if there is one.
 */
function outlookFor(a: ActivityDoc, c: CounterDoc | null, who: WhoSignsUp): SignupOutlook[] {
  const keys = a.batches.length ? a.batches.map((b) => b.key) : [MAIN_BATCH]
  const uk = unitKey(who.unit)
  const quota = c?.quotas[uk] ?? a.quotas?.[who.unit]
  const usedByUnit = c?.units[uk] ?? 0
  const then = (reason: string): Pick<SignupOutlook, 'status' | 'reason'> => (a.waitlist ? { status: 'waitlisted', reason: `${reason}，报名后进入候补` } : { status: 'full', reason })
  return keys.map((key) => {
    const n = c?.batches[key]
    const cap = n ? n.capacity : key === MAIN_BATCH ? a.capacity : (a.batches.find((b) => b.key === key)?.capacity ?? null)
    const taken = n?.confirmed ?? 0
    const out: Pick<SignupOutlook, 'status' | 'reason'> =
      cap !== null && taken >= cap
        ? then('名额已满')
        : quota !== undefined && usedByUnit >= quota
          ? then(`${who.unit}名额已满（每单位最多 ${quota} 人）`)
          : { status: 'confirmed', reason: cap === null ? '不限名额' : `还剩 ${cap - taken} 个名额` }
    return a.batches.length ? { batch: key, ...out } : out
  })
}

/** The activity as the app sees it: never the check-in code. */
export function toActivity(a: ActivityDoc, c: CounterDoc | null, v: ViewOf): Activity {
  const counts = Object.values(c?.batches ?? {})
  const out: Activity = {
    id: a._id,
    title: a.title,
    startAt: a.startAt,
    signupClosesAt: a.signupClosesAt,
    capacity: totalCapacity(a),
    waitlist: a.waitlist,
    fields: a.fields,
    batches: batchesView(a, c),
    confirmed: counts.reduce((s, b) => s + b.confirmed, 0),
    waitlisted: counts.reduce((s, b) => s + b.waitlisted, 0),
    phase: phaseOf(a, v.now),
    mine: mineView(v.mine, v.position)
  }
  if (a.cancelled) out.cancelled = { at: a.cancelled.at, reason: a.cancelled.reason }
  if (a.description) out.description = a.description
  if (a.place) out.place = a.place
  if (a.endAt) out.endAt = a.endAt
  if (a.signupOpensAt) out.signupOpensAt = a.signupOpensAt
  if (a.quotas && Object.keys(a.quotas).length) out.quotas = a.quotas
  if (a.eligibility && Object.keys(a.eligibility).length) out.eligibility = a.eligibility
  const reason = v.who ? ineligibleReason(a.eligibility, v.who) : null
  if (reason) out.ineligible = reason
  const who = eligibilityText(a.eligibility)
  if (who) out.eligibilityText = who
  if (a.allocation === 'lottery') {
    out.allocation = 'lottery'
    if (a.priority) out.priority = a.priority
    if (v.draw) out.draw = v.draw
    if (v.entered !== undefined) out.entered = v.entered
  }
  if (a.offerHours) out.offerHours = a.offerHours
  if (a.competitionId) out.competitionId = a.competitionId
  // a lottery gives nobody a place at sign-up: there is nothing to foresee but the draw
  if (v.who && !reason && !out.mine && !a.cancelled && out.phase === 'open' && a.allocation !== 'lottery') out.outlook = outlookFor(a, c, v.who)
  // the window checkin enforces, so the page never judges it by the phone's clock
  if (out.mine?.status === 'confirmed' && !out.mine.attended && !a.cancelled) {
    const w = checkinWindow(a)
    const t = v.now.toISOString()
    // five wrong codes close it for this member, as checkin does: an officer checks them in
    out.checkin = { open: t >= w.opensAt && t < w.closesAt && (v.mine?.checkinFails ?? 0) < MAX_CHECKIN_FAILS, ...w }
  }
  return out
}
