import type { CompEvent, Competition } from '../../../types/competition'
import type { CompetitionDoc, EventDoc } from '../data/docs'

export function toCompetition(d: CompetitionDoc): Competition {
  const c: Competition = { id: d._id, title: d.title, units: d.units, unitLimit: d.unitLimit, personLimit: d.personLimit, createdAt: d.createdAt }
  if (d.participation) c.participation = d.participation
  return c
}

function eventStatus(d: EventDoc): CompEvent['status'] {
  if (d.published && d.published.version === d.version) return 'published'
  return d.version === 0 ? 'empty' : 'pending'
}

export function toEvent(d: EventDoc): CompEvent {
  const e: CompEvent = {
    id: d._id,
    competitionId: d.competitionId,
    name: d.name,
    kind: d.kind,
    team: d.team,
    category: d.category,
    points: d.points,
    dropHighLow: d.dropHighLow,
    maxScore: d.maxScore,
    measure: d.measure,
    unitLimit: d.unitLimit,
    prizes: d.prizes,
    status: eventStatus(d),
    version: d.version
  }
  if (d.judges !== undefined) e.judges = d.judges
  if (d.published) e.publishedAt = d.published.at
  return e
}
