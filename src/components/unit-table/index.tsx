import { Text } from '@tarojs/components'
import type { TableRow } from '../../../types/competition'
import { pointsText } from '../../lib/competition-text'
import { Table, type TableColumn } from '../table'
import './index.scss'

export interface UnitTableProps {
  rows: TableRow[]
  className?: string
}

const COLUMNS: TableColumn<TableRow>[] = [
  { title: '名次', size: 's', align: 'left', cell: (r) => <Text className='unit-table__place'>{r.place}</Text> },
  { title: '单位', grow: true, className: 'unit-table__unit', cell: (r) => r.unit },
  { title: '金', size: 's', align: 'center', className: 'unit-table__medal', cell: (r) => r.gold },
  { title: '银', size: 's', align: 'center', className: 'unit-table__medal', cell: (r) => r.silver },
  { title: '铜', size: 's', align: 'center', className: 'unit-table__medal', cell: (r) => r.bronze },
  { title: '总分', className: 'unit-table__points', cell: (r) => pointsText(r.points) }
]

/** 团体总分: place, unit, gold/silver/bronze and points; shared places show as shared. */
export function UnitTable({ rows, className }: UnitTableProps) {
  return (
    <Table
      className={['unit-table', className].filter(Boolean).join(' ')}
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.unit}
      rowClassName={(r) => `unit-table__row${r.place <= 3 && r.points > 0 ? ` unit-table__row--top${r.place}` : ''}`}
    />
  )
}
