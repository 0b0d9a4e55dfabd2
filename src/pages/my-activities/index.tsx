import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MyActivityGroup } from '../../../types/activity'
import { ActivityCard } from '../../components/activity-card'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { useAction } from '../../hooks/use-action'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'

const GROUPS: { group: MyActivityGroup; title: string }[] = [
  { group: 'upcoming', title: '即将参加' },
  { group: 'waitlisted', title: '候补中' },
  { group: 'attended', title: '已参加' },
  { group: 'past', title: '已结束' }
]

/** 我的活动: what I signed up for, by what comes next. */
export default function MyActivities() {
  const mine = useAction('activity', 'mine')
  useReloadOnShow(mine.reload)
  const items = mine.data?.items ?? []
  const open = (id: string) => () => Taro.navigateTo({ url: `/pages/activity-detail/index?id=${id}` })

  return (
    <View className='page my-activities'>
      <LoadState state={mine}>
        {items.length === 0 && (
          <Card>
            <EmptyState icon='活' title='还没有报名活动' description='在“活动”页报名后，会显示在这里' actionText='去看看活动' onAction={() => Taro.switchTab({ url: '/pages/activities/index' })} />
          </Card>
        )}
        {GROUPS.map(({ group, title }) => {
          const inGroup = items.filter((i) => i.group === group)
          if (!inGroup.length) return null
          return (
            <View key={group}>
              <View className='section-title'>
                {title} {inGroup.length}
              </View>
              {inGroup.map((i) => (
                <ActivityCard key={i.activity.id} activity={i.activity} onClick={open(i.activity.id)} />
              ))}
            </View>
          )
        })}
      </LoadState>
    </View>
  )
}
