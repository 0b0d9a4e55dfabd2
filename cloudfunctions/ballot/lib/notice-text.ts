import type { ResultsOutput } from '../../../types/ballot'
import type { MotionTally, RatingTally, SubjectMeans, Tally } from '../../../types/ballot-count'
import { unionDate } from '../../_shared/clock'
import type { BallotDoc } from '../data/ballots'
import { cnDate } from './objection'

const BASIS_TEXT: Record<MotionTally['basis'], string> = {
  cast: '收回选票',
  checkedIn: '到会（签到）代表',
  electorate: '应参加投票的会员',
  delegates: '全体代表'
}

/** How a motion's rule reads in a 公示: 「同意票超过到会（签到）代表 30 人的半数」. */
export const ruleText = (t: MotionTally) => `同意票超过${BASIS_TEXT[t.basis]} ${t.base} 人的半数`

const meansLines = (s: SubjectMeans, scale: string[]) =>
  s.flatMap((x) => [
    `${x.name}：综合平均 ${x.mean.toFixed(2)} 分`,
    ...x.criteria.map((c) => `  ${c.name} ${c.mean.toFixed(2)} 分（${scale.map((g, i) => `${g} ${Math.round(c.shares[i] * 100)}%`).join('，')}）`)
  ])

function tallyLines(doc: BallotDoc, t: Tally): string[] {
  const o = doc.options
  if (t.kind === 'motion') return [`${o.map((x, i) => `${x} ${t.counts[i]} 票`).join('，')}。`, `按「${ruleText(t)}」的规则，${t.passed ? '通过' : '未通过'}。`]
  if (t.kind === 'poll') return [`${o.map((x, i) => `${x} ${t.counts[i]} 票`).join('，')}。`]
  if (t.kind === 'election')
    return [
      `${o.map((x, i) => `${x} ${t.counts[i]} 票`).join('，')}。`,
      `当选：${t.elected.length ? t.elected.map((i) => o[i]).join('、') : '无'}。`,
      ...(t.tie ? [`${t.tie.candidates.map((i) => o[i]).join('、')} 票数相同，争夺最后 ${t.tie.seats} 个名额，将另行投票决定。`] : [])
    ]
  return ratingLines(doc, t)
}

function ratingLines(doc: BallotDoc, t: RatingTally): string[] {
  const scale = doc.scale ?? []
  if (!t.subjects) return ['参评人数不足 5 人，为保护评议人，评议明细不公布。']
  const out = [...(doc.raterGroups ? [`按评议组加权计分（${doc.raterGroups.map((g) => `${g.name} ×${g.weight}`).join('，')}）。`] : []), ...meansLines(t.subjects, scale)]
  for (const g of t.groups ?? [])
    out.push(g.subjects ? `【${g.name}】${g.voters} 人评议：${g.subjects.map((s) => `${s.name} ${s.mean.toFixed(2)} 分`).join('，')}` : `【${g.name}】不足 5 人，分组明细不公布。`)
  out.push(`分数：${scale[0] ?? '最好的等级'}计 ${scale.length} 分，依次递减，最差计 1 分。评议意见将反馈本人，整改情况在下次评议时一并公示。`)
  return out
}

/** The 公示 of a closed ballot, for the chair to review before notice.publish. */
export function publicityText(doc: BallotDoc, r: Omit<ResultsOutput, 'ballot'>, objection?: { from: string; until: string }): { title: string; body: string } {
  const closed = cnDate(unionDate(doc.closedAt ?? doc.closesAt))
  const who = doc.electorate.presentAt ? `到会代表 ${r.eligible} 人${r.delegates !== undefined ? `（全体代表 ${r.delegates} 人）` : ''}` : `应投 ${r.eligible} 人`
  const body = [
    `「${doc.title}」已于 ${closed} 以无记名方式投票结束。${who}，收回 ${r.voted} 票。`,
    ...tallyLines(doc, r.tally as Tally),
    ...(objection ? [`现予公示，公示期 ${cnDate(objection.from)} 至 ${cnDate(objection.until)}。如有异议，请在公示期内在小程序「建议」中选择「公示异议」提交，将匿名转交督导室核实。`] : []),
    '每张选票及其回执已在小程序「投票」的结果页公布，任何人都可以逐票重新计数，投票人可以核对自己的选票。'
  ].join('\n')
  return { title: `「${doc.title}」结果公示`, body }
}

/** The honour notice once the 公示 period has passed. */
export function honourText(doc: BallotDoc, t: Tally, objection: { from: string; until: string }): { title: string; body: string } {
  const winners = t.kind === 'election' ? t.elected.map((i) => doc.options[i]) : t.kind === 'poll' ? topOf(doc.options, t.counts) : []
  const honour = doc.honour?.honour ?? '荣誉'
  return {
    title: `关于授予${winners.join('、')}「${honour}」称号的通知`,
    body: [
      `经会员推荐、无记名投票，并于 ${cnDate(objection.from)} 至 ${cnDate(objection.until)} 公示无异议，决定授予以下同志「${honour}」称号：`,
      winners.join('、'),
      '希望受表彰的同志珍惜荣誉、再接再厉；全体会员向他们学习。'
    ].join('\n')
  }
}

const topOf = (options: string[], counts: number[]) => {
  const best = Math.max(...counts)
  return best > 0 ? options.filter((_, i) => counts[i] === best) : []
}
