import { createHash, randomBytes } from 'node:crypto'
import type { NominateInput, NominateOutput, NominationRound, NominationsOutput, OpenNominationsInput, RoundsOutput } from '../../../types/ballot'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, requireMember } from '../../_shared/members'
import { allRounds, insertRound, loadRound, nominationsOf, putNomination, type RoundDoc } from '../data/nominations'
import { statusOf } from '../lib/view'

const toRound = (d: RoundDoc, now: Date): NominationRound => ({
  id: d._id,
  title: d.title,
  honour: d.honour,
  opensAt: d.opensAt,
  closesAt: d.closesAt,
  status: statusOf(d, now),
  ...(d.ballotId ? { ballotId: d.ballotId } : {})
})

export async function mustLoadRound(id: string, ctx: Ctx): Promise<RoundDoc> {
  const d = await loadRound(ctx.db, id)
  if (!d) throw new AppError('NOT_FOUND', '找不到这次评优推荐，可能链接有误')
  return d
}

/** 评优 step 1 (chair): a window in which members nominate colleagues with their 事迹. */
export async function openNominations(input: OpenNominationsInput, ctx: Ctx): Promise<NominationRound> {
  const now = ctx.now()
  const opensAt = input.opensAt ?? now.toISOString()
  if (Date.parse(input.closesAt) <= Math.max(Date.parse(opensAt), now.getTime())) throw new AppError('BAD_REQUEST', '推荐截止时间应晚于开始时间和现在')
  const id = input.requestId ? createHash('sha256').update(`round:${input.requestId}`).digest('hex').slice(0, 32) : randomBytes(16).toString('hex')
  await insertRound(ctx.db, { _id: id, title: input.title, honour: input.honour, opensAt, closesAt: input.closesAt, createdAt: now.toISOString() })
  return toRound((await loadRound(ctx.db, id))!, now)
}

export async function rounds(_input: Record<string, never>, ctx: Ctx): Promise<RoundsOutput> {
  return { items: (await allRounds(ctx.db)).map((d) => toRound(d, ctx.now())) }
}

/** A member nominates a colleague, named, during the window; nominating the same colleague again replaces the reason. */
export async function nominate(input: NominateInput, ctx: Ctx): Promise<NominateOutput> {
  const me = requireMember(ctx)
  const round = await mustLoadRound(input.roundId, ctx)
  const status = statusOf(round, ctx.now())
  if (status === 'upcoming') throw new AppError('CLOSED', '推荐还没有开始')
  if (status === 'closed') throw new AppError('CLOSED', '推荐已经截止，这条推荐没有被记录')
  if (input.nomineeId === me._id) throw new AppError('BAD_REQUEST', '请推荐身边的同事，不能推荐自己')
  const nominee = await loadMember(ctx.db, input.nomineeId)
  if (!nominee || nominee.inactive) throw new AppError('NOT_FOUND', '找不到这位会员，或其会籍已停用')
  const updated = await putNomination(ctx.db, {
    _id: `${round._id}:${me._id}:${nominee._id}`,
    roundId: round._id,
    nomineeId: nominee._id,
    nomineeName: nominee.name,
    nomineeUnit: nominee.unit,
    byId: me._id,
    byName: me.name,
    reason: input.reason,
    at: ctx.now().toISOString()
  })
  return { nominee: nominee.name, reason: input.reason, updated }
}

/** The chair's view: by nominee, most nominated first, each reason with who wrote it. */
export async function nominations(input: { roundId: string }, ctx: Ctx): Promise<NominationsOutput> {
  const round = await mustLoadRound(input.roundId, ctx)
  const by = new Map<string, NominationsOutput['nominees'][number]>()
  for (const n of await nominationsOf(ctx.db, round._id)) {
    const e = by.get(n.nomineeId) ?? { memberId: n.nomineeId, name: n.nomineeName, unit: n.nomineeUnit, reasons: [] }
    e.reasons.push({ by: n.byName, reason: n.reason })
    by.set(n.nomineeId, e)
  }
  const nominees = [...by.values()].sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name, 'zh'))
  return { round: toRound(round, ctx.now()), nominees }
}
