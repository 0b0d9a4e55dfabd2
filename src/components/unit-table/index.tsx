import { Text, View } from '@tarojs/components'
import type { Bonus, TableRow } from '../../../types/competition'
import { pointsText } from '../../lib/competition-text'
import { Table, type TableColumn } from '../table'
import './index.scss'

export interface UnitTableProps {
  rows: TableRow[]
  /** Listed under the table with their reasons, so a 奖励 figure is never unexplained. */
  bonuses?: Pick<Bonus, 'id' | 'unit' | 'points' | 'reason'>[]
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

const signed = (p: number) => (p > 0 ? `+${pointsText(p)}` : pointsText(p))

/** 奖励分 (开幕式方阵, 组织奖…) as its own column before the total, which already includes it; a blank for none. */
const BONUS: TableColumn<TableRow> = { title: '奖励', size: 's', align: 'center', className: 'unit-table__bonus', cell: (r) => (r.bonus ? signed(r.bonus) : '') }

/** 参与分 from check-ins (重参与面), also already in the total; the server sends it only when the competition counts it. */
const PARTICIPATION: TableColumn<TableRow> = { title: '参与', size: 's', align: 'center', className: 'unit-table__participation', cell: (r) => pointsText(r.participation ?? 0) }

/** The bonus column only once some unit has one, 参与 only when counted: a table without them stays as it was. */
const unitColumns = (rows: TableRow[]): TableColumn<TableRow>[] => [
  ...COLUMNS.slice(0, -1),
  ...(rows.some((r) => r.participation !== undefined) ? [PARTICIPATION] : []),
  ...(rows.some((r) => r.bonus) ? [BONUS] : []),
  COLUMNS[COLUMNS.length - 1]
]

/** 团体总分: place, unit, gold/silver/bronze, bonus points when any, and points; shared places show as shared. */
export function UnitTable({ rows, bonuses = [], className }: UnitTableProps) {
  return (
    <>
      <Table
        className={['unit-table', className].filter(Boolean).join(' ')}
        columns={unitColumns(rows)}
        rows={rows}
        rowKey={(r) => r.unit}
        rowClassName={(r) => `unit-table__row${r.place <= 3 && r.points > 0 ? ` unit-table__row--top${r.place}` : ''}`}
      />
      {bonuses.length > 0 && (
        <View className='unit-table__bonuses'>
          {bonuses.map((b) => (
            <Text key={b.id} className='unit-table__bonus-line'>
              {b.unit} {signed(b.points)} 分：{b.reason}
            </Text>
          ))}
        </View>
      )}
    </>
  )
}
