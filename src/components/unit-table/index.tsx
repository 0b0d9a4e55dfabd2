import { Text, View } from '@tarojs/components'
import type { TableRow } from '../../../types/competition'
import { pointsText } from '../../lib/competition-text'
import './index.scss'

export interface UnitTableProps {
  rows: TableRow[]
  className?: string
}

/** 团体总分: place, unit, gold/silver/bronze and points; shared places show as shared. */
export function UnitTable({ rows, className }: UnitTableProps) {
  return (
    <View className={['unit-table', className].filter(Boolean).join(' ')}>
      <View className='unit-table__row unit-table__row--head'>
        <Text className='unit-table__place'>名次</Text>
        <Text className='unit-table__unit'>单位</Text>
        <Text className='unit-table__medal'>金</Text>
        <Text className='unit-table__medal'>银</Text>
        <Text className='unit-table__medal'>铜</Text>
        <Text className='unit-table__points'>总分</Text>
      </View>
      {rows.map((r) => (
        <View key={r.unit} className={`unit-table__row${r.place <= 3 && r.points > 0 ? ` unit-table__row--top${r.place}` : ''}`}>
          <Text className='unit-table__place'>{r.place}</Text>
          <Text className='unit-table__unit'>{r.unit}</Text>
          <Text className='unit-table__medal'>{r.gold}</Text>
          <Text className='unit-table__medal'>{r.silver}</Text>
          <Text className='unit-table__medal'>{r.bronze}</Text>
          <Text className='unit-table__points'>{pointsText(r.points)}</Text>
        </View>
      ))}
    </View>
  )
}
