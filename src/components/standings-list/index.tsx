import { Text, View } from '@tarojs/components'
import type { Standing } from '../../../types/competition'
import { pointsText } from '../../lib/competition-text'
import './index.scss'

export interface StandingsListProps {
  items: Standing[]
  /** Hide points and prizes (the board's compact top three). */
  compact?: boolean
  /** Team events: the unit is the name, so say it once. */
  team?: boolean
}

/** An event's places, best first: tied entrants show the same place (1, 1, 3). */
export function StandingsList({ items, compact, team }: StandingsListProps) {
  return (
    <View className='standings'>
      {items.map((s, i) => (
        <View key={`${s.unit}-${s.name}-${i}`} className='standings__row'>
          <Text className={`standings__place${s.place <= 3 ? ` standings__place--${s.place}` : ''}`}>{s.place}</Text>
          <View className='standings__who'>
            <Text className='standings__name'>{team && s.name === s.unit ? s.unit : s.name}</Text>
            {!(team && s.name === s.unit) && <Text className='standings__unit'>{s.unit}</Text>}
          </View>
          <View className='standings__result'>
            <Text className='standings__value'>{s.display}</Text>
            {!compact && (
              <Text className='standings__points'>
                {pointsText(s.points)} 分{s.prize ? ` · ${s.prize}` : ''}
              </Text>
            )}
          </View>
        </View>
      ))}
    </View>
  )
}
