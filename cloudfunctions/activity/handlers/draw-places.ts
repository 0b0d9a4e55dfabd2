import type { DrawPlacesOutput, IdInput } from '../../../types/activity'
import { timeUp } from '../../_shared/budget'
import type { Ctx } from '../../_shared/ctx'
import { collection } from '../../_shared/db'
import { SIGNUPS } from '../../_shared/collections'
import { AppError } from '../../_shared/errors'
import { loadActivity } from '../data/activities'
import { nudgeCard } from '../data/cards'
import { loadCounter, writeDraw } from '../data/counters'
import { MAIN_BATCH, unitKey, type ActivityDoc } from '../data/docs'
import { computeResult, loadDraw, markDrawn, proofOf, readiness, saveResult, type DrawResult } from '../data/lottery'
import { holderKey } from '../lib/ledger'
import { shortTime } from '../lib/schedule'

/** Tickets an entry update matches at once: one by one, a thousand would outlast the function at 15 ms a request. */
const BATCH = 100

/**
 * Allocates a lottery's places once sign-up has closed and the keyholders have revealed (or their
 * deadline has passed: readiness). The draw is a pure function of the secrets committed before the
 * close and the entrants fixed at the close, so concurrent calls compute the same
 * result; the first stored stands (saveResult), the ledger takes it in one conditional update
 * (writeDraw), and every entry still 待抽签 is moved to its place or its turn on the waitlist. A
 * repeat (or a call after a cut-off) finds the stored result, finishes whatever is left, and
 * answers the same draw.
 */
export async function drawPlaces(input: IdInput, ctx: Ctx): Promise<DrawPlacesOutput> {
  const a = await loadActivity(ctx.db, input.id)
  if (a.allocation !== 'lottery') throw new AppError('CONFLICT', '本活动按先到先得分配名额，不用抽签')
  if (a.cancelled) throw new AppError('CLOSED', '活动已取消，不能抽签')
  const now = ctx.now().toISOString()
  if (now < a.signupClosesAt) throw new AppError('CLOSED', `报名截止（${shortTime(a.signupClosesAt)}）后才能抽签，以免有人还没报上`)
  let d = await loadDraw(ctx.db, a._id)
  if (!d) throw new AppError('CONFLICT', '找不到本活动的抽签承诺，请联系管理员')
  if (!d.result) {
    const ready = readiness(a, d, now)
    if (!ready.can) throw new AppError('CONFLICT', ready.why)
    const c = await loadCounter(ctx.db, a._id)
    d = await saveResult(ctx.db, a._id, await computeResult(ctx, a, d, c?.nextSeq ?? 1))
  }
  const r = d?.result as DrawResult
  await applyDraw(ctx, a, r)
  // the places are the ledger's from here: entries not yet moved are finished by a repeat or the
  // minute timer, and the page reads a member's outcome from the draw meanwhile
  return { winners: r.winners.length, waitlisted: r.waitlist.length, draw: proofOf(a, d as NonNullable<typeof d>, now) }
}

/** Writes the draw into the ledger (once) and moves the entries, as far as the time left allows: answers whether all were moved. */
export async function applyDraw(ctx: Ctx, a: ActivityDoc, r: DrawResult): Promise<boolean> {
  const size = new Map(r.entrants.map((e) => [e.ticket, e.size]))
  const unitOf = new Map(r.entrants.map((e) => [e.ticket, e.unit]))
  const winners = new Set(r.winners)
  const holders: Record<string, 'c' | 'w'> = {}
  const guests: Record<string, number> = {}
  const units: Record<string, number> = {}
  let confirmed = 0
  for (const t of [...r.winners, ...r.waitlist]) {
    const key = holderKey(r.members[t])
    const won = winners.has(t)
    holders[key] = won ? 'c' : 'w'
    const n = size.get(t) ?? 1
    if (n > 1) guests[key] = n - 1
    if (!won) continue
    confirmed += n
    const uk = unitKey(unitOf.get(t) ?? '')
    units[uk] = (units[uk] ?? 0) + n
  }
  const order = [...r.winners, ...r.waitlist]
  const wrote = await writeDraw(ctx.db, a._id, MAIN_BATCH, { holders, guests, confirmed, waitlisted: r.waitlist.length, units, nextSeq: r.base + order.length })
  // by status in bulk, 100 tickets a request: the waitlist is served in the draw's order
  // (waitOrderOf), so no entry needs a turn of its own
  const over = timeUp(ctx.remainingMs)
  const groups: [string[], Record<string, unknown>][] = [
    [r.winners, { status: 'confirmed', drawn: 'won' }],
    [r.waitlist, { status: 'waitlisted', drawn: 'lost', waitReason: '未抽中，按抽签顺序候补' }]
  ]
  for (const [tickets, data] of groups) {
    for (let i = 0; i < tickets.length; i += BATCH) {
      if (over()) return false
      // only while still 待抽签: a repeat never undoes what came after the draw
      await collection(ctx.db, SIGNUPS)
        .where({ activityId: a._id, status: 'entered', ticket: ctx.db.command.in(tickets.slice(i, i + BATCH)) })
        .update({ data })
    }
  }
  await markDrawn(ctx.db, a._id, r.drawnAt)
  if (wrote) await nudgeCard(ctx, a)
  return true
}
