import { Text, View } from '@tarojs/components'
import type { Activity } from '../../../types/activity'
import { ActivityCard } from '../../components/activity-card'
import { EmptyState } from '../../components/empty-state'
import { beijing } from '../../lib/beijing'
import { byDay, monthDays, shiftMonth } from './month'

const WEEK = ['一', '二', '三', '四', '五', '六', '日']

export interface ActivityCalendarProps {
  /** YYYY-MM shown, in Beijing time */
  month: string
  onMonth: (month: string) => void
  /** YYYY-MM-DD tapped; its activities are listed under the month */
  day: string | null
  onDay: (day: string) => void
  /** the activities of the month's year */
  items: Activity[]
  /** YYYY-MM-DD today in Beijing, marked */
  today: string
  onOpen: (a: Activity) => void
}

/** 活动日历: a month by Beijing days, days with activities marked; a tapped day lists its own. */
export function ActivityCalendar({ month, onMonth, day, onDay, items, today, onOpen }: ActivityCalendarProps) {
  const on = byDay(items)
  const [y, m] = month.split('-').map(Number)
  const chosen = day && day.startsWith(month) ? day : null
  const list = chosen ? (on.get(chosen) ?? []) : []
  const count = [...on.keys()].filter((d) => d.startsWith(month)).length
  return (
    <View className='calendar'>
      <View className='calendar__head'>
        <Text className='calendar__arrow calendar__prev' onClick={() => onMonth(shiftMonth(month, -1))}>
          ‹
        </Text>
        <View className='calendar__title'>
          <Text className='calendar__month'>
            {y}年{m}月
          </Text>
          <Text className='hint'>{count ? `${count} 天有活动` : '本月没有活动'}</Text>
        </View>
        <Text className='calendar__arrow calendar__next' onClick={() => onMonth(shiftMonth(month, 1))}>
          ›
        </Text>
      </View>
      <View className='calendar__grid'>
        {WEEK.map((w) => (
          <Text key={w} className='calendar__weekday'>
            {w}
          </Text>
        ))}
        {monthDays(month).map((d, i) =>
          d ? (
            <View
              key={d}
              className={['calendar__day', on.has(d) && 'calendar__day--busy', d === today && 'calendar__day--today', d === chosen && 'calendar__day--on'].filter(Boolean).join(' ')}
              data-date={d}
              onClick={() => onDay(d)}
            >
              <Text>{Number(d.slice(8))}</Text>
              {on.has(d) && <View className='calendar__dot' />}
            </View>
          ) : (
            <View key={`pad-${i}`} className='calendar__pad' />
          )
        )}
      </View>
      {chosen && (
        <View className='calendar__list'>
          <Text className='calendar__day-title'>
            {beijing(`${chosen}T04:00:00Z`).md} {beijing(`${chosen}T04:00:00Z`).weekday}
          </Text>
          {list.length ? list.map((a) => <ActivityCard key={a.id} activity={a} onClick={() => onOpen(a)} />) : <EmptyState compact title='这一天没有活动' />}
        </View>
      )}
      {!chosen && <Text className='hint calendar__tip'>点有红点的日子，看当天的活动</Text>}
    </View>
  )
}
