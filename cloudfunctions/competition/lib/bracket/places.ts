import type { BracketDoc } from '../../data/brackets'
import { keyId, type ResultDoc } from '../../data/docs'

/** The result id of a team: the same key recordResult gives a team entrant. */
export const teamResultId = (eventId: string, t: { unit: string; name: string }) => keyId('result', eventId, `${t.unit}\u0000${t.name}`)

export const placeText = (place: number) => (place === 1 ? '冠军' : place === 2 ? '亚军' : place === 3 ? '季军' : `第${place}名`)

export const samePlaces = (a: [number, number][] | null, b: [number, number][] | null) => JSON.stringify(a) === JSON.stringify(b)

/** The bracket's final places as the event's results (value = place, lower is better), so standings and the unit table count them like any event's. */
export function placeResults(doc: BracketDoc, places: [number, number][], at: string, by: string): { id: string; data: Omit<ResultDoc, '_id'> }[] {
  return places.map(([t, place]) => {
    const team = doc.teams[t]
    const value = { value: place, display: placeText(place) }
    return {
      id: teamResultId(doc.eventId, team),
      data: { competitionId: doc.competitionId, eventId: doc.eventId, unit: team.unit, name: team.name, ...value, history: [{ at, by, new: value }], recordedAt: at, updatedAt: at }
    }
  })
}
