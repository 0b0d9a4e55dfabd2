import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useAction } from '../../hooks/use-action'
import './index.scss'

/** The way into 比赛成绩 from another page: the newest competition's name, one tap to its scores. */
export function CompetitionLink() {
  const { data } = useAction('competition', 'list')
  const newest = data?.items[0]
  return (
    <View className='competition-link' hoverClass='competition-link--pressed' onClick={() => Taro.navigateTo({ url: '/pages/competitions/index' })}>
      <View className='competition-link__badge'>
        <Text>赛</Text>
      </View>
      <View className='competition-link__body'>
        <Text className='competition-link__title'>比赛成绩</Text>
        <Text className='competition-link__note'>{newest ? `${newest.title} · 已公布 ${newest.published}/${newest.events} 项` : '运动会、赛课的实时成绩和团体总分'}</Text>
      </View>
      <Text className='competition-link__arrow'>›</Text>
    </View>
  )
}
