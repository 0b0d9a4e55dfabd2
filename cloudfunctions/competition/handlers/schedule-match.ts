import type { ScheduleMatchInput, ScheduleMatchOutput } from '../../../types/competition-bracket'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { parseMatchId, txLoadBracket, txPutBracket } from '../data/brackets'
import { matchView, resolveDoc } from '../lib/bracket/view'

/** Sets a match's time and court (null clears one, absent keeps it): members of its teams then see 「你的比赛 15:30 在2号场」. */
export async function scheduleMatch(input: ScheduleMatchInput, ctx: Ctx): Promise<ScheduleMatchOutput> {
  const ref = parseMatchId(input.matchId)
  if (!ref) throw new AppError('NOT_FOUND', '没有这场比赛')
  return withTransaction(ctx.db, async (tx) => {
    const doc = await txLoadBracket(tx, ref.eventId)
    if (!doc?.plan.some((m) => m.code === ref.code)) throw new AppError('NOT_FOUND', '没有这场比赛，请刷新对阵表')
    const s = { ...(doc.schedule[ref.code] ?? {}) }
    if (input.at === null) delete s.at
    else if (input.at) s.at = input.at
    if (input.court !== undefined) {
      if (input.court) s.court = input.court
      else delete s.court
    }
    doc.schedule[ref.code] = s
    doc.updatedAt = ctx.now().toISOString()
    await txPutBracket(tx, doc)
    const r = resolveDoc(doc)
    const labels = new Map(r.matches.map((m) => [m.code, m.label]))
    return matchView(doc, r.matches.find((m) => m.code === ref.code) as (typeof r.matches)[number], labels, ctx.now())
  })
}
