import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { GreetingCardOutput } from '../../../types/greeting'
import { LoadState } from '../../components/load-state'
import { useAction } from '../../hooks/use-action'
import { OCCASION_LOOK, type CardTheme } from '../../lib/greeting-style'
import './index.scss'

/** Hanging lanterns for festivals, a moon for 中秋 and 重阳, blossoms for birthdays: all CSS, no images. */
function Decor({ theme }: { theme: CardTheme }) {
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

/** 贺卡: one greeting, drawn as a festive card. Opened from 祝福 or from the subscribe message. */
export default function GreetingCard() {
  const id = decodeURIComponent(useRouter().params.id ?? '')
  const { data, error, loading, reload } = useAction<GreetingCardOutput>('greeting', 'card', { id }, [id])
  const card = data?.card
  const look = card ? OCCASION_LOOK[card.occasion] : undefined

  return (
    <View className={`gcard gcard--${look?.theme ?? 'festive'}`}>
      <LoadState loading={loading && !data} error={error} onRetry={reload}>
        {card && look && (
          <View className='gcard__frame'>
            <Decor theme={look.theme} />
            <View className='gcard__seal'>
              <Text>{look.glyph}</Text>
            </View>
            <Text className='gcard__title'>{card.title}</Text>
            <Text className='gcard__label'>
              {card.label} · {card.date.replace(/-/g, '.')}
            </Text>
            <View className='gcard__paper'>
              <Text className='gcard__text'>{card.text}</Text>
              <Text className='gcard__sign'>—— 学校工会 敬贺</Text>
            </View>
          </View>
        )}
      </LoadState>
    </View>
  )
}
