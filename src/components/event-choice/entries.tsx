import { Text, View } from '@tarojs/components'
import type { MyEventEntry } from '../../../types/activity'
import { Tag, type TagTone } from '../tag'
import './index.scss'

const STATUS: Record<MyEventEntry['status'], { label: string; tone: TagTone }> = {
  pending: { label: '待审核', tone: 'warn' },
  approved: { label: '已通过', tone: 'ok' },
  declined: { label: '已退回', tone: 'brand' },
  withdrawn: { label: '已撤回', tone: 'neutral' }
}

/** 我的参赛项目: each event the member is in or asked for, where it stands and why, as the server says. */
export function MyEventEntries({ items }: { items: MyEventEntry[] }) {
  if (!items.length) return null
  return (
    <View className='event-entries'>
      <Text className='event-entries__title'>我的参赛项目</Text>
      {items.map((e) => (
        <View key={e.eventId} className='event-entries__row'>
          <View className='event-entries__head'>
            <Text className='event-entries__name'>{e.name}</Text>
            <Tag tone={STATUS[e.status].tone}>{STATUS[e.status].label}</Tag>
          </View>
          <Text className='hint'>{e.note}</Text>
        </View>
      ))}
    </View>
  )
}
