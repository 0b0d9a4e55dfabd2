import type { CongressStatsOutput } from '../../../types/congress'
import { unionDate } from '../../_shared/clock'
import type { ProposalDoc } from '../data/docs'

const ACCEPTED = new Set(['accepted', 'answered', 'rated'])

/**
 * The figures union reports quote: 收到 (every proposal of the meeting, seeking ones too), 立案, 答复,
 * 按期答复 (first answer by its Shanghai due date; with no due date set, answering at all is on time,
 * as nothing was late against), and the final 满意度.
 */
export function statsOf(docs: Pick<ProposalDoc, 'status' | 'decision' | 'answers' | 'rating'>[]): CongressStatsOutput {
  const out: CongressStatsOutput = { proposals: docs.length, accepted: 0, answered: 0, answeredOnTime: 0, satisfied: 0, basically: 0, unsatisfied: 0 }
  for (const p of docs) {
    if (ACCEPTED.has(p.status)) out.accepted++
    const first = p.answers[0]
    if (first) out.answered++
    const due = p.decision?.dueAt
    if (first && (!due || unionDate(first.at) <= unionDate(due))) out.answeredOnTime++
    if (p.status === 'rated' && p.rating) out[p.rating.rating === 'basically' ? 'basically' : p.rating.rating]++
  }
  return out
}
