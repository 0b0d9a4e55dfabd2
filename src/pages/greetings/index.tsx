import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { useAction } from '../../hooks/use-action'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { OCCASION_LOOK, shortDate } from '../../lib/greeting-style'
import { askSubscribe } from '../../services/subscribe'
import './index.scss'

/** 我的 → 祝福: the cards the union sent me on my birthday and the festivals, newest first. */
export default function Greetings() {
  const inbox = useAction('greeting', 'inbox')
  usePullToReload(inbox.reload)
  const items = inbox.data?.items ?? []

  const subscribe = async () => {
    const res = await askSubscribe('greeting')
    Taro.showToast({ title: res.ok ? (res.data.grants > 0 ? `已订阅，可提醒 ${res.data.grants} 次` : '未订阅') : res.error.message, icon: 'none' })
  }

  return (
    <View className='page greetings'>
      <View className='greetings__banner'>
        <View>
          <Text className='greetings__title'>工会的祝福</Text>
          <Text className='greetings__subtitle'>{inbox.data ? (items.length ? `共 ${items.length} 张贺卡` : '生日和节日当天送达') : '生日与节日贺卡'}</Text>
        </View>
        <Text className='greetings__subscribe' onClick={subscribe}>
          祝福提醒
        </Text>
      </View>
      <LoadState state={inbox}>
        {items.length === 0 ? (
          <EmptyState icon='福' title='还没有贺卡' description='您的生日和春节、中秋等节日当天，工会的祝福会出现在这里。' />
        ) : (
          <View className='greetings__list'>
            {items.map((g) => {
              const look = OCCASION_LOOK[g.occasion]
              return (
                <View
                  key={g.id}
                  className={`greetings__item greetings__item--${look.theme}`}
                  hoverClass='greetings__item--pressed'
                  onClick={() => Taro.navigateTo({ url: `/pages/greeting-card/index?id=${encodeURIComponent(g.id)}` })}
                >
                  <View className='greetings__seal'>
                    <Text>{look.glyph}</Text>
                  </View>
                  <View className='greetings__body'>
                    <Text className='greetings__item-title'>{g.title}</Text>
                    <Text className='greetings__item-text'>{g.text}</Text>
                  </View>
                  <Text className='greetings__date'>{shortDate(g.date)}</Text>
                </View>
              )
            })}
          </View>
        )}
      </LoadState>
    </View>
  )
}
