import { View } from '@tarojs/components'
import type { CardTheme } from '../../lib/greeting-style'
import './index.scss'

export interface GreetingDecorProps {
  theme: CardTheme
}

/**
 * The top of a greeting card: hanging lanterns for festivals, a moon for 中秋 and 重阳, blossoms
 * for birthdays. Drawn in CSS only, so the card costs no image downloads.
 */
export function GreetingDecor({ theme }: GreetingDecorProps) {
  if (theme === 'moon') return <View className='gcard__moon' />
  if (theme === 'blossom')
    return (
      <View className='gcard__blossoms'>
        {[0, 1, 2, 3, 4].map((i) => (
          <View key={i} className={`gcard__blossom gcard__blossom--${i}`} />
        ))}
      </View>
    )
  return (
    <View className='gcard__lanterns'>
      {['left', 'right'].map((side) => (
        <View key={side} className={`gcard__lantern gcard__lantern--${side}`}>
          <View className='gcard__lantern-string' />
          <View className='gcard__lantern-body' />
          <View className='gcard__lantern-tassel' />
        </View>
      ))}
    </View>
  )
}
