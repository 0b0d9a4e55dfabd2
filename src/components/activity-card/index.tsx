import { Text, View } from '@tarojs/components'
import type { Activity } from '../../../types/activity'
import { myStatusText, spotsText, whenText } from '../../lib/activity-text'
import { PhaseTag } from '../phase-tag'
import { Tag } from '../tag'
import './index.scss'

export interface ActivityCardProps {
  activity: Activity
  onClick?: () => void
  className?: string
}

/** One activity in a list: title, when and where, places taken, and my own status. */
export function ActivityCard({ activity: a, onClick, className }: ActivityCardProps) {
  // a lottery's entry and an offer have words of their own; the rest as everywhere
  const mine = a.mine?.status === 'entered' ? '待抽签' : a.mine?.status === 'offered' ? '待确认' : myStatusText(a.mine)
  return (
    <View className={['activity-card', `activity-card--${a.phase}`, className].filter(Boolean).join(' ')} hoverClass='activity-card--pressed' onClick={onClick}>
      <View className='activity-card__head'>
        <Text className='activity-card__title'>{a.title}</Text>
        <View className='activity-card__tags'>
          {/* the server says it opened since this member last looked */}
          {a.unseen && (
            <Tag tone='brand' solid className='activity-card__new'>
              新
            </Tag>
          )}
          <PhaseTag phase={a.phase} cancelled={Boolean(a.cancelled)} />
        </View>
      </View>
      <Text className='activity-card__line'>{whenText(a)}</Text>
      {a.place && <Text className='activity-card__line'>{a.place}</Text>}
      {a.cancelled && <Text className='activity-card__line activity-card__cancelled'>已取消：{a.cancelled.reason}</Text>}
      <View className='activity-card__foot'>
        <Text className='activity-card__spots'>{spotsText(a)}</Text>
        {mine ? (
          <Text className={`activity-card__mine activity-card__mine--${a.mine?.status}`}>{mine}</Text>
        ) : (
          a.ineligible && <Text className='activity-card__limit'>{a.ineligible.replace(/^本活动/, '').replace(/参加$/, '')}</Text>
        )}
      </View>
    </View>
  )
}
