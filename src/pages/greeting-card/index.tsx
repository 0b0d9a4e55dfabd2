import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { GreetingDecor } from '../../components/greeting-decor'
import { LoadState } from '../../components/load-state'
import { useAction } from '../../hooks/use-action'
import { useShare } from '../../hooks/use-share'
import { decoded } from '../../lib/bind-route'
import { OCCASION_LOOK } from '../../lib/greeting-style'
import { shareTitle } from '../../lib/share'
import './index.scss'

/** 贺卡: one greeting, drawn as a festive card. Opened from 祝福 or from the subscribe message. */
export default function GreetingCard() {
  const params = useRouter().params
  const id = decoded(params.id ?? '')
  const key = params.key ? decoded(params.key) : undefined
  const got = useAction('greeting', 'card', key ? { id, key } : { id }, [id, key])
  const card = got.data?.card
  const look = card ? OCCASION_LOOK[card.occasion] : undefined
  // a forwarded card carries its share key (the server's, given to the card's own member), so colleagues see this card
  const shareKey = got.data?.shareKey ?? key
  useShare('greeting', shareTitle('greeting', card?.title), shareKey ? `/pages/greeting-card/index?id=${encodeURIComponent(id)}&key=${shareKey}` : '/pages/greetings/index')

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
