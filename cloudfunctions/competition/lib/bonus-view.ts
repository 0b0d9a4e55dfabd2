import type { Bonus } from '../../../types/competition'
import type { BonusDoc } from '../data/docs'

export const toBonus = (d: BonusDoc): Bonus => ({ id: d._id, competitionId: d.competitionId, unit: d.unit, points: d.points, reason: d.reason, by: d.by, at: d.at })
