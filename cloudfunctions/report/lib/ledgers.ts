import { CARE_OCCASION_LABELS, type CareOccasion } from '../../../types/care'
import { NOTICE_CATEGORY_LABELS, type NoticeCategory } from '../../../types/notice'
import { RATING_LABELS } from '../../../types/congress'
import type { MonthRow, Section, UnitRow } from '../../../types/report'
import type { Sources } from '../data/sources'
import { answeredOnTime } from './figures'
import { beijingWall, onDay, within, type Period } from './period'

export type Cell = { value: string | number; fontWeight?: 'bold' } | null
export type Row = Cell[]
export interface Sheet {
  sheet: string
  data: Row[]
}

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' })
const cell = (v: string | number | undefined | null): Cell => (v === undefined || v === null || v === '' ? null : { value: v })
const head = (...names: string[]): Row => names.map(bold)
const at = beijingWall
const collator = new Intl.Collator('zh-CN')

/**
 * The ledgers behind every figure, one sheet each: a figure's number is the count of its sheet's
 * lines (汇总 names the sheet). Suggestions are counted by month only, never listed: a line per
 * suggestion would be a trail.
 */
export function ledgerSheets(src: Sources, p: Period, now: Date, sections: Section[], months: MonthRow[], titles: Map<string, string>, units: UnitRow[]): Sheet[] {
  const nowIso = now.toISOString()
  const title = (id: string) => titles.get(id) ?? '（已删除的活动）'
  const summary: Row[] = [head('部分', '项目', '数值', '单位', '统计范围', '说明')]
  for (const s of sections) for (const f of s.figures) summary.push([cell(s.title), cell(f.label), cell(f.value), cell(f.unit), cell(f.source), cell(f.note)])

  const held = src.activities.filter((a) => !a.cancelled && a.startAt <= nowIso).sort((a, b) => a.startAt.localeCompare(b.startAt))
  const signups = src.signups.filter((s) => s.status === 'confirmed' && within(p, s.signedUpAt)).sort((a, b) => a.signedUpAt.localeCompare(b.signedUpAt))
  const attended = src.signups.filter((s) => s.attended && within(p, s.attendedAt)).sort((a, b) => (a.attendedAt as string).localeCompare(b.attendedAt as string))
  const sugMonths = p.months.map((m) => {
    const rs = src.suggestions.filter((s) => s.month === m)
    const answered = rs.filter((s) => ['adopted', 'rejected', 'done'].includes(s.status) || s.reply !== null)
    return [
      cell(m),
      cell(rs.length),
      cell(answered.length),
      cell(rs.filter(answeredOnTime).length),
      cell(rs.filter((s) => s.status === 'adopted' || s.status === 'done').length),
      cell(rs.filter((s) => s.status === 'done').length)
    ]
  })

  return [
    { sheet: '汇总', data: summary },
    {
      sheet: '每月活动',
      data: [
        head('月份', '活动（次）', '报名（人次）', '参加（人次）', '参与会员（人）', '参与率（%）'),
        ...months.map((m) => [cell(m.month), cell(m.activities), cell(m.signups), cell(m.attended), cell(m.participants), cell(m.rate)])
      ]
    },
    {
      sheet: '各部门参与',
      data: [
        head('部门', '期末在册（人）', '参与会员（人）', '参与率（%）', '报名（人次）', '参加（人次）', '新入会', '离会'),
        ...units.map((u) => [cell(u.unit), cell(u.members), cell(u.participants), cell(u.rate), cell(u.signups), cell(u.attended), cell(u.joined), cell(u.left)])
      ]
    },
    { sheet: '活动', data: [head('开始时间', '活动'), ...held.map((a) => [cell(at(a.startAt)), cell(a.title)])] },
    { sheet: '报名', data: [head('报名时间', '活动', '姓名', '部门'), ...signups.map((s) => [cell(at(s.signedUpAt)), cell(title(s.activityId)), cell(s.name), cell(s.unit)])] },
    { sheet: '签到', data: [head('签到时间', '活动', '姓名', '部门'), ...attended.map((s) => [cell(at(s.attendedAt as string)), cell(title(s.activityId)), cell(s.name), cell(s.unit)])] },
    {
      sheet: '比赛',
      data: [
        head('创建日期', '比赛', '本期录入成绩（人/队次）'),
        ...src.competitions.map((c) => [cell(beijingWall(c.createdAt).slice(0, 10)), cell(c.title), cell(src.results.filter((r) => r.competitionId === c._id).length)])
      ]
    },
    {
      sheet: '通知与公开',
      data: [
        head('发布时间', '类别', '标题'),
        ...[...src.notices]
          .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
          .map((n) => [cell(at(n.publishedAt)), cell(NOTICE_CATEGORY_LABELS[n.category as NoticeCategory] ?? n.category), cell(n.title)])
      ]
    },
    {
      sheet: '教代会提案',
      data: [
        head('提交时间', '提案号', '案由', '立案', '首次答复', '按期', '评价'),
        ...[...src.proposals]
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .map((x) => {
            const first = x.answers[0]
            const due = x.decision?.dueAt
            return [
              cell(at(x.createdAt)),
              cell(x.number),
              cell(x.title),
              cell(['accepted', 'answered', 'rated'].includes(x.status) ? '已立案' : x.decision ? '未立案' : '待审查'),
              cell(first ? at(first.at) : '未答复'),
              cell(first && due ? (beijingWall(first.at).slice(0, 10) <= beijingWall(due).slice(0, 10) ? '是' : '否') : undefined),
              cell(x.status === 'rated' && x.rating ? RATING_LABELS[x.rating.rating] : undefined)
            ]
          })
      ]
    },
    { sheet: '建议（按月计数）', data: [head('月份', '收到', '已答复', '按期答复', '采纳', '已落实'), ...sugMonths] },
    {
      sheet: '慰问',
      data: [
        head('日期', '姓名', '部门', '事由', '金额（元）', '慰问品'),
        ...[...src.care]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((c) => [cell(c.date), cell(c.name), cell(c.unit), cell(CARE_OCCASION_LABELS[c.occasion as CareOccasion] ?? c.occasion), cell(c.amount), cell(c.gift)])
      ]
    },
    { sheet: '祝福（按月计数）', data: [head('月份', '送出（人次）'), ...src.greetings.map((g) => [cell(g.month), cell(g.count)])] },
    {
      sheet: '投票',
      data: [
        head('投票', '开始', '结束', '状态', '应投（人）', '实投（人）'),
        ...src.ballots.map((b) => [cell(b.title), cell(at(b.opensAt)), cell(at(b.closesAt)), cell(b.closedAt ? '已结束' : '进行中'), cell(b.closedAt ? b.eligibleAtClose : undefined), cell(b.voted)])
      ]
    },
    {
      sheet: '会员（按部门）',
      data: [
        head('部门', '新入会', '离会', '目前在册', '目前已绑定'),
        ...[...new Set(src.members.map((m) => m.unit))].sort(collator.compare).map((u) => {
          const ms = src.members.filter((m) => m.unit === u)
          const active = ms.filter((m) => !m.inactive)
          return [
            cell(u),
            cell(ms.filter((m) => (m.joinedAt ? onDay(p, m.joinedAt) : within(p, m.createdAt))).length),
            cell(ms.filter((m) => within(p, m.inactive?.at)).length),
            cell(active.length),
            cell(active.filter((m) => m.bound).length)
          ]
        })
      ]
    }
  ].map((s) => (s.data.length === 1 ? { ...s, data: [...s.data, [cell('（本期没有记录）')]] } : s))
}
