import type { MyMatchesInput, MyMatchesOutput } from '../../../types/competition-bracket'
import type { Ctx } from '../../_shared/ctx'
import { bracketsOf } from '../data/brackets'
import { newestCompetition } from '../data/competitions'
import { eventsByIds } from '../data/events'
import { matchView, resolveDoc } from '../lib/bracket/view'

/** The caller's unit's scheduled matches not yet played, soonest first, each as one line: 你的比赛 15:30 在2号场. */
export async function myMatches(input: MyMatchesInput, ctx: Ctx): Promise<MyMatchesOutput> {
  const unit = ctx.member?.unit
  const competitionId = input.competitionId ?? (await newestCompetition(ctx.db))?._id
  if (!unit || !competitionId) return { items: [] }
  const docs = await bracketsOf(ctx.db, competitionId)
  if (!docs.length) return { items: [] }
  const names = new Map(
    (
      await eventsByIds(
        ctx.db,
        docs.map((d) => d._id)
      )
    ).map((e) => [e._id, e.name])
  )
  const items: MyMatchesOutput['items'] = []
  for (const doc of docs) {
    const r = resolveDoc(doc)
    const labels = new Map(r.matches.map((m) => [m.code, m.label]))
    for (const m of r.matches) {
      const v = matchView(doc, m, labels, ctx.now())
      if (m.score || !v.when) continue
      const side = v.teamA?.unit === unit ? 'A' : v.teamB?.unit === unit ? 'B' : null
      if (!side) continue
      const team = (side === 'A' ? v.teamA : v.teamB) as NonNullable<typeof v.teamA>
      const opponent = side === 'A' ? v.teamB : v.teamA
      const eventName = names.get(doc._id) ?? ''
      items.push({ matchId: v.id, eventId: doc._id, eventName, label: v.label, team, opponent, ...(v.at ? { at: v.at } : {}), ...(v.court ? { court: v.court } : {}), text: `你的比赛 ${v.when}` })
    }
  }
  items.sort((a, b) => (a.at ?? '9').localeCompare(b.at ?? '9'))
  return { items }
}
