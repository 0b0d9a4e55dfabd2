import type { Proposal } from '../../../types/congress'
import type { TagTone } from '../../components/tag'

/** The tone of a proposal's status tag: waiting (info), needs someone (gold, warn when late), done (ok). */
export function statusTone(p: Pick<Proposal, 'status' | 'overdueDays'>): TagTone {
  if (p.overdueDays > 0) return 'warn'
  if (p.status === 'rated' || p.status === 'answered') return 'ok'
  if (p.status === 'rejected' || p.status === 'merged') return 'neutral'
  if (p.status === 'seeking') return 'info'
  return 'gold'
}

/** 第 3 号 · 代表1（语文组）· 附议 1/2 */
export const proposalNote = (p: Proposal) =>
  [`第 ${p.number} 号`, `${p.proposer.name}（${p.proposer.unit}）`, p.status === 'seeking' ? `附议 ${p.seconders.length}/${p.secondsNeeded}` : ''].filter(Boolean).join(' · ')
