import type { Answer, RosterOutput, RosterEntry, SignupField } from '../../../types/activity'
import { inUnionTz } from '../../_shared/clock'

export type Cell = { value: string | number; fontWeight?: 'bold' } | null
export type Row = Cell[]

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' })
const cell = (v: string | number | undefined): Cell => (v === undefined || v === '' ? null : { value: v })

const answerText = (v: Answer | undefined): string | number | undefined => (Array.isArray(v) ? v.join('、') : v)

function statusOf(e: RosterEntry): string {
  if (e.position !== undefined) return `候补第${e.position}位`
  return e.offerExpiresAt ? '待确认' : '已报名'
}

/** 本人+2: how many people the entry brings. */
export const partyText = (e: Pick<RosterEntry, 'companions'>): string => (e.companions ? `本人+${e.companions}` : '本人')

/** One row per entry: who, which batch, status, each answer, and whether they came. */
export function rosterRows(r: RosterOutput): Row[] {
  const fields: SignupField[] = r.activity.fields
  const batchLabel = new Map(r.activity.batches.map((b) => [b.key, b.label]))
  const withBatch = r.activity.batches.length > 0
  const withParty = fields.some((f) => f.type === 'companions')
  const all = [...r.confirmed, ...r.waitlisted, ...(r.entered ?? [])]
  const withProxy = all.some((e) => e.proxyBy)
  const head = ['序号', '姓名', '部门', ...(withBatch ? ['批次'] : []), '状态', ...(withParty ? ['人数'] : []), ...fields.map((f) => f.label), '签到', '报名时间', ...(withProxy ? ['代报'] : [])]
  const rows: Row[] = [head.map(bold)]
  all.forEach((e, i) => {
    rows.push([
      { value: i + 1 },
      cell(e.name),
      cell(e.unit),
      ...(withBatch ? [cell(batchLabel.get(e.batch ?? '') ?? e.batch)] : []),
      cell(r.entered?.includes(e) ? '待抽签' : statusOf(e)),
      ...(withParty ? [cell(partyText(e))] : []),
      ...fields.map((f) => cell(answerText(e.answers[f.key]))),
      cell(e.position !== undefined ? '' : e.attended ? '已到' : '未到'),
      cell(inUnionTz(e.signedUpAt).format('YYYY-MM-DD HH:mm')),
      ...(withProxy ? [cell(e.proxyBy ? `${e.proxyBy}代报` : '')] : [])
    ])
  })
  return rows
}

/** 报名人数 / 实到人数 per unit, with a total line. */
export function turnoutRows(r: RosterOutput): Row[] {
  const rows: Row[] = [['部门', '报名人数', '实到人数'].map(bold)]
  for (const t of r.turnout) rows.push([cell(t.unit), { value: t.signedUp }, { value: t.attended }])
  const sum = (k: 'signedUp' | 'attended') => r.turnout.reduce((s, t) => s + t[k], 0)
  rows.push([bold('合计'), { value: sum('signedUp') }, { value: sum('attended') }])
  return rows
}
