import { CARE_OCCASION_LABELS } from '../../../types/care'
import { inUnionTz } from '../../_shared/clock'
import type { CollectDoc, DistributionDoc, RecordDoc } from '../data/docs'

export type Cell = { value: string | number; fontWeight?: 'bold' } | null
export type Row = Cell[]

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' })
const cell = (v: string | number | undefined): Cell => (v === undefined || v === '' ? null : { value: v })
const collator = new Intl.Collator('zh-CN')

/** 签收表: one line per member, by unit then name, as the paper sheet was. */
export function receiptRows(d: DistributionDoc, lines: CollectDoc[]): Row[] {
  const rows: Row[] = [['序号', '姓名', '部门', '物品', '签收时间', '经办人'].map(bold)]
  const sorted = [...lines].sort((a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name))
  sorted.forEach((l, i) => {
    rows.push([
      { value: i + 1 },
      cell(l.name),
      cell(l.unit),
      cell(d.gift),
      cell(l.collectedAt ? inUnionTz(l.collectedAt).format('YYYY-MM-DD HH:mm') : '未签收'),
      // the member's own name when they confirmed on their phone
      cell(l.markedBy === l.name ? '本人确认' : l.markedBy)
    ])
  })
  return rows
}

/** 台账 for the 经审: every record of the year, oldest first, with a total line. */
export function ledgerRows(records: RecordDoc[]): Row[] {
  const rows: Row[] = [['序号', '日期', '姓名', '部门', '事由', '金额（元）', '慰问品', '走访人', '超限理由', '登记人', '备注'].map(bold)]
  const sorted = [...records].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
  sorted.forEach((r, i) => {
    rows.push([
      { value: i + 1 },
      cell(r.date),
      cell(r.name),
      cell(r.unit),
      cell(CARE_OCCASION_LABELS[r.occasion]),
      cell(r.amount),
      cell(r.gift),
      cell(r.visitors.join('、')),
      cell(r.override?.reason),
      cell(r.recordedBy),
      cell(r.note)
    ])
  })
  rows.push([bold('合计'), null, null, null, cell(`${records.length} 人次`), { value: records.reduce((s, r) => s + (r.amount ?? 0), 0), fontWeight: 'bold' }, null, null, null, null, null])
  return rows
}
