import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

export interface TableColumn<T> {
  title: ReactNode
  cell: (row: T) => ReactNode
  /** The column that takes the rest of the width (a name, a unit); the others fit their size. */
  grow?: boolean
  /** s: a medal count or a place; m: points; l: a count with a long heading (报名人数). */
  size?: 's' | 'm' | 'l'
  align?: 'left' | 'center' | 'right'
  /** On every cell of the column, for what only this table draws (a place badge). */
  className?: string
}

export interface TableProps<T> {
  columns: TableColumn<T>[]
  rows: T[]
  rowKey: (row: T, index: number) => string
  /** A modifier of one row (the top three, a total), added to table__row. */
  rowClassName?: (row: T, index: number) => string | undefined
  /** A last row in bold: 合计. */
  total?: T
  className?: string
}

/** Figures in columns under a heading row: turnout per unit, the unit standings. */
export function Table<T>({ columns, rows, rowKey, rowClassName, total, className }: TableProps<T>) {
  const cellClass = (c: TableColumn<T>) =>
    ['table__cell', c.grow ? 'table__cell--grow' : `table__cell--${c.size ?? 'm'}`, `table__cell--${c.align ?? (c.grow ? 'left' : 'right')}`, c.className].filter(Boolean).join(' ')
  const row = (r: T, key: string, modifier?: string) => (
    <View key={key} className={['table__row', modifier].filter(Boolean).join(' ')}>
      {columns.map((c, i) => (
        <Text key={i} className={cellClass(c)}>
          {c.cell(r)}
        </Text>
      ))}
    </View>
  )
  return (
    <View className={['table', className].filter(Boolean).join(' ')}>
      <View className='table__row table__row--head'>
        {columns.map((c, i) => (
          <Text key={i} className={cellClass(c)}>
            {c.title}
          </Text>
        ))}
      </View>
      {rows.map((r, i) => row(r, rowKey(r, i), rowClassName?.(r, i)))}
      {total !== undefined && row(total, 'total', 'table__row--total')}
    </View>
  )
}
