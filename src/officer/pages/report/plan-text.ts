import type { PlanKind } from '../../../../types/report'

/** A plan line as the chair types or pastes it: 「3月 春季运动会（活动）」. */
export interface PlanLine {
  month: number
  title: string
  kind: PlanKind
}

const KINDS: Record<string, PlanKind> = { 活动: 'activity', 比赛: 'competition', 通知: 'notice', 公开: 'notice', 投票: 'ballot' }
const WORD: Record<Exclude<PlanKind, 'any'>, string> = { activity: '活动', competition: '比赛', notice: '通知', ballot: '投票' }
const FULL_WIDTH_DIGITS = /[０-９]/g

/**
 * Reads one item a line: a month (3, 3月, ３月, 3 月：), then what is planned, and optionally its
 * kind in brackets. Blank lines are skipped; a line without a month 1–12 is reported by number.
 */
export function parsePlan(text: string): { items: PlanLine[]; bad: number[] } {
  const items: PlanLine[] = []
  const bad: number[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(FULL_WIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10)).trim()
    if (!line) return
    const m = /^(\d{1,2})\s*月?\s*[:：、.．,，-]?\s*(.+)$/.exec(line)
    const month = m ? Number(m[1]) : 0
    if (!m || month < 1 || month > 12) return void bad.push(i + 1)
    let title = m[2].trim()
    let kind: PlanKind = 'any'
    const k = /[（(]\s*(活动|比赛|通知|公开|投票)\s*[）)]$/.exec(title)
    if (k) {
      kind = KINDS[k[1]]
      title = title.slice(0, k.index).trim()
    }
    if (!title) return void bad.push(i + 1)
    items.push({ month, title, kind })
  })
  return { items, bad }
}

/** The plan back as the text the chair edits. */
export const planText = (items: PlanLine[]): string => items.map((it) => `${it.month}月 ${it.title}${it.kind === 'any' ? '' : `（${WORD[it.kind]}）`}`).join('\n')
