import { useEffect, useState } from 'react'
import { Canvas, Text, View } from '@tarojs/components'
import { Table } from '../table'
import { drawBars } from './draw'
import type { ChartRow } from './types'
import './index.scss'

export type { ChartRow }

export interface BarChartProps {
  /** The canvas id: unique on the page. */
  id: string
  title: string
  rows: ChartRow[]
  /** The heading of the words column of the table: 报名人次, 参与率 */
  column: string
  /** What a full bar stands for (100 for a rate); the largest bar when absent. */
  max?: number
}

/**
 * A horizontal bar chart drawn with F2 on a 2d canvas, and its numbers as a table under it: the
 * table is what a screen reader (and a test's DOM, where no canvas draws) reads.
 */
export function BarChart({ id, title, rows, column, max }: BarChartProps) {
  const [drawn, setDrawn] = useState<boolean | null>(null)
  const key = JSON.stringify([rows, max])
  useEffect(() => {
    let live = true
    // after the canvas is laid out
    const t = setTimeout(() => {
      drawBars(id, rows, max)
        .then((ok) => live && setDrawn(ok))
        .catch(() => live && setDrawn(false))
    }, 50)
    return () => {
      live = false
      clearTimeout(t)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, key])
  return (
    <View className='chart' data-drawn={drawn === null ? undefined : String(drawn)}>
      <Text className='chart__title'>{title}</Text>
      <Canvas type='2d' id={id} canvasId={id} className='chart__canvas' style={{ height: `${Math.max(3, rows.length) * 30 + 20}px` }} />
      <Table
        className='chart__table'
        columns={[
          { title: '项目', cell: (r: ChartRow) => r.label, size: 'l', align: 'left' },
          // the words (2 人次 · 1000 元) are the longer side: they take the rest of the row
          { title: column, cell: (r: ChartRow) => r.text, grow: true, align: 'right' }
        ]}
        rows={rows}
        rowKey={(r) => r.label}
      />
    </View>
  )
}
