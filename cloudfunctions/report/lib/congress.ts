import { statsOf } from '../../congress/lib/stats'
import type { Figure } from '../../../types/report'
import type { Sources } from '../data/sources'

type Fig = (key: string, label: string, value: number, unit: string, source: string, page?: string, note?: string) => Figure

const PAGE = '/congress/pages/meetings/index'
const pct = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10

/**
 * 教代会 and its 提案, counted as the congress function counts them (its statsOf). A union that held
 * no meeting and took no proposal in the app in the period gets no 教代会 figures at all: the app
 * cannot know what happened on paper, and 0 would say nothing happened.
 */
export function congressFigures(src: Pick<Sources, 'meetings' | 'proposals'>, now: Date, fig: Fig): Figure[] {
  const nowIso = now.toISOString()
  const held = src.meetings.filter((m) => m.heldAt <= nowIso)
  if (!held.length && !src.proposals.length) return []
  const s = statsOf(src.proposals)
  const rated = s.satisfied + s.basically + s.unsatisfied
  const out = [
    fig('congress-meetings', '召开教代会', held.length, '次', '召开的教代会', PAGE),
    fig('proposals', '收到提案', s.proposals, '件', '提交的提案', PAGE),
    fig('proposals-accepted', '立案', s.accepted, '件', '提交的提案中已立案的', PAGE),
    fig('proposals-answered', '已答复提案', s.answered, '件', '提交的提案中已答复的', PAGE),
    fig('proposals-on-time', '按期答复提案', s.answeredOnTime, '件', '提交的提案中按期答复的', PAGE, '首次答复在答复期限当天或之前；未定答复期限的，答复即算按期'),
    fig('proposals-satisfied', '提案人满意', s.satisfied, '件', '提交的提案中提案人评价满意的', PAGE),
    fig('proposals-basically', '提案人基本满意', s.basically, '件', '提交的提案中提案人评价基本满意的', PAGE),
    fig('proposals-unsatisfied', '提案人不满意', s.unsatisfied, '件', '提交的提案中提案人评价不满意的', PAGE)
  ]
  // a rate over no rating would be invented
  if (rated)
    out.push(fig('proposals-satisfaction', '提案满意率', pct(s.satisfied + s.basically, rated), '%', '已评价的提案', PAGE, `满意与基本满意 ${s.satisfied + s.basically} 件，共评价 ${rated} 件`))
  return out
}
