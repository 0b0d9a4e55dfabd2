import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { GreetingDecor } from '../../components/greeting-decor'
import { LoadState } from '../../components/load-state'
import { useAction } from '../../hooks/use-action'
import { useShare } from '../../hooks/use-share'
import { OCCASION_LOOK } from '../../lib/greeting-style'
import { shareTitle } from '../../lib/share'
import './index.scss'

/** The mini-program hands query values over still URL-encoded; H5 decodes them. */
function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** 贺卡: one greeting, drawn as a festive card. Opened from 祝福 or from the subscribe message. */
export default function GreetingCard() {
  const id = decoded(useRouter().params.id ?? '')
  const got = useAction('greeting', 'card', { id }, [id])
  const card = got.data?.card
  const look = card ? OCCASION_LOOK[card.occasion] : undefined
  // a card opens for its own member only (others get 没有找到): a forwarded one opens each colleague's own 祝福
  useShare('greeting', shareTitle('greeting', card?.title), '/pages/greetings/index')

  return (
    <View className={`gcard gcard--${look?.theme ?? 'festive'}`}>
      <LoadState state={got}>
        {card && look && (
          <View className='gcard__frame'>
            <GreetingDecor theme={look.theme} />
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
