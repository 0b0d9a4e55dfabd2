import type { RecordMatchInput, RecordMatchOutput } from '../../../types/competition-bracket'
import type { Ctx } from '../../_shared/ctx'
import { withTransaction } from '../../_shared/db'
import { AppError } from '../../_shared/errors'
import { parseMatchId, txLoadBracket, txPutBracket } from '../data/brackets'
import { txLoadEvent, txUpdateEvent } from '../data/events'
import { txPutResult, txRemoveResult } from '../data/results'
import { actorName } from '../lib/access'
import { placeResults, samePlaces, teamResultId } from '../lib/bracket/places'
import { bracketView, matchView, resolveDoc } from '../lib/bracket/view'

/**
 * Records (or corrects) a match's score until the event's results are published. A correction that
 * changes who went through voids the later matches that winner played (their scores were between
 * other teams): they are cleared and named, to be recorded again, rather than refused — the officer
 * fixing a slip should not have to undo the rounds after it by hand. When the last match settles the
 * places they are written as the event's results, in the same transaction, for the chair to publish.
 */
export async function recordMatch(input: RecordMatchInput, ctx: Ctx): Promise<RecordMatchOutput> {
  const ref = parseMatchId(input.matchId)
  if (!ref) throw new AppError('NOT_FOUND', '没有这场比赛')
  const by = actorName(ctx)
  return withTransaction(ctx.db, async (tx) => {
    const [doc, ev] = await Promise.all([txLoadBracket(tx, ref.eventId), txLoadEvent(tx, ref.eventId)])
    const planned = doc?.plan.find((m) => m.code === ref.code)
    if (!doc || !ev || !planned) throw new AppError('NOT_FOUND', '没有这场比赛，请刷新对阵表')
    if (ev.published) throw new AppError('CONFLICT', `${ev.name}的成绩已公布，不能再改比分`)
    const before = resolveDoc(doc)
    const match = before.matches.find((m) => m.code === ref.code)
    if (!match || match.teamA === null || match.teamB === null) throw new AppError('CONFLICT', `${planned.label}的对阵还没确定，请先录入之前的比赛`)
    if (planned.stage === 'knockout' && input.scoreA === input.scoreB) throw new AppError('BAD_REQUEST', '淘汰赛必须分出胜负，请录入加时或点球后的比分')
    const now = ctx.now().toISOString()
    const prev = doc.scores[ref.code]
    const same = prev && prev.a === input.scoreA && prev.b === input.scoreB && prev.teamA === match.teamA && prev.teamB === match.teamB
    const cleared: string[] = []
    if (!same) {
      doc.scores[ref.code] = { a: input.scoreA, b: input.scoreB, teamA: match.teamA, teamB: match.teamB, by, at: now }
      // a changed winner can void a later score, whose clearing can void one after it
      for (;;) {
        const stale = resolveDoc(doc).stale
        if (!stale.length) break
        for (const code of stale) {
          cleared.push(doc.plan.find((m) => m.code === code)?.label ?? code)
          delete doc.scores[code]
        }
      }
    }
    const after = resolveDoc(doc)
    const places = after.places ? [...after.places.entries()].sort((a, b) => a[0] - b[0]) : null
    if (!same) {
      if (!samePlaces(places, doc.places)) {
        const keep = new Set((places ?? []).map(([t]) => teamResultId(doc.eventId, doc.teams[t])))
        const gone = (doc.places ?? []).map(([t]) => teamResultId(doc.eventId, doc.teams[t])).filter((id) => !keep.has(id))
        // only teams whose place changed are written, side by side: a final decides two places, not 32
        const was = new Map(doc.places ?? [])
        const changed = (places ?? []).filter(([t, place]) => was.get(t) !== place)
        await Promise.all([...gone.map((id) => txRemoveResult(tx, id)), ...placeResults(doc, changed, now, by).map((r) => txPutResult(tx, r.id, r.data))])
        doc.places = places
      }
      doc.updatedAt = now
      await txPutBracket(tx, doc)
      await txUpdateEvent(tx, ev._id, { version: ev.version + 1, updatedAt: now })
    }
    const labels = new Map(after.matches.map((m) => [m.code, m.label]))
    const mine = after.matches.find((m) => m.code === ref.code) ?? match
    return { match: matchView(doc, mine, labels, ctx.now()), cleared, bracket: bracketView(doc, ev.name, true, ctx.now(), after) }
  })
}
