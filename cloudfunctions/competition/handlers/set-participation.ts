import type { SetParticipationInput, SetParticipationOutput } from '../../../types/competition'
import type { Ctx } from '../../_shared/ctx'
import { loadCompetition, setCompetitionParticipation } from '../data/competitions'
import { toCompetition } from '../lib/view'

/** 参与分 on or off for a competition (chair): the unit table recomputes from check-ins, so setting it twice changes nothing. */
export async function setParticipation(input: SetParticipationInput, ctx: Ctx): Promise<SetParticipationOutput> {
  const c = await loadCompetition(ctx, input.competitionId)
  const participation = input.perCheckin === null ? undefined : { perCheckin: input.perCheckin }
  await setCompetitionParticipation(ctx.db, c._id, participation, ctx.now().toISOString())
  const next = { ...c, participation }
  if (!participation) delete next.participation
  return toCompetition(next)
}
