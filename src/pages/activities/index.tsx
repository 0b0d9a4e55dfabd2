import { useEffect, useState, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Activity } from '../../../types/activity'
import { ActivityCard } from '../../components/activity-card'
import { BindPrompt } from '../../components/bind-prompt'
import { Card } from '../../components/card'
import { ChipGroup } from '../../components/chip-group'
import { CompetitionLink } from '../../components/competition-link'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { Tabs } from '../../components/tabs'
import { useAction } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { beijingDate, beijingMonth } from '../../lib/beijing'
import { isNotBound } from '../../lib/bind-route'
import { canManage } from '../../lib/labels'
import { showActivitiesBadge } from './badge'
import { ActivityCalendar } from './calendar'
import './index.scss'

type View3 = 'list' | 'calendar' | 'past'
const VIEWS: { value: View3; label: string }[] = [
  { value: 'list', label: '近期' },
  { value: 'calendar', label: '日历' },
  { value: 'past', label: '往年' }
]

const go = (url: string) => () => Taro.navigateTo({ url })
const open = (a: Activity) => Taro.navigateTo({ url: `/pages/activity-detail/index?id=${a.id}` })

/** An earlier year's activities (往年), loaded when asked for: the default list holds this year and what is not over. */
function YearActivities({ year, children }: { year: number; children: (items: Activity[]) => ReactNode }) {
  const got = useAction('activity', 'list', { year }, [year])
  return <LoadState state={got}>{(d) => children(d.items)}</LoadState>
}

/** 活动: what is open for sign-up first (new ones marked), a month calendar, and 往年 by year. */
export default function Activities() {
  const me = useMe()
  // looking at 活动 is seeing what is new: the server marks it seen and the tab's badge goes
  const list = useAction('activity', 'list', { markSeen: true })
  useReloadOnShow(list.reload)
  const [view, setView] = useState<View3>('list')
  const [month, setMonth] = useState(() => beijingMonth())
  const [day, setDay] = useState<string | null>(null)
  const [year, setYear] = useState<number>()
  const thisYear = Number(beijingMonth().slice(0, 4))
  const calendarYear = Number(month.slice(0, 4))
  usePullToReload(list.reload)
  useEffect(() => {
    if (list.data) showActivitiesBadge(0)
  }, [list.data])
  const years = list.data?.years ?? []
  const officer = canManage(me.data?.role)

  if (isNotBound(list.error)) {
    return (
      <View className='page activities'>
        <Card>
          <BindPrompt title='绑定后报名活动' back='/pages/activities/index' />
        </Card>
      </View>
    )
  }

  const cards = (items: Activity[]) => items.map((a) => <ActivityCard key={a.id} activity={a} onClick={() => open(a)} />)
  const calendar = (items: Activity[]) => (
    <ActivityCalendar
      month={month}
      onMonth={(m) => {
        setMonth(m)
        setDay(null)
      }}
      day={day}
      onDay={setDay}
      items={items}
      today={beijingDate(new Date().toISOString())}
      onOpen={open}
    />
  )

  return (
    <View className='page activities'>
      <CompetitionLink />
      <View className='activities__bar'>
        <Text className='link activities__mine' onClick={go('/pages/my-activities/index')}>
          我的活动 ›
        </Text>
        {officer && (
          <Button className='btn btn--small' onClick={go('/officer/pages/activity-edit/index')}>
            发起活动
          </Button>
        )}
      </View>
      <Tabs options={VIEWS} value={view} onChange={setView} />
      {view === 'list' && (
        <LoadState state={list}>
          {(list.data?.items.length ?? 0) === 0 ? (
            <Card>
              <EmptyState icon='活' title='暂无活动' description={years.length ? '往年的活动在「往年」里' : '运动会、春游等活动开放报名后，会显示在这里'} />
            </Card>
          ) : (
            <>
              {list.data?.unseen ? <Text className='hint activities__new'>{list.data.unseen} 个新活动开放报名</Text> : null}
              {cards(list.data?.items ?? [])}
            </>
          )}
        </LoadState>
      )}
      {view === 'calendar' && <Card>{calendarYear < thisYear ? <YearActivities year={calendarYear}>{calendar}</YearActivities> : <LoadState state={list}>{(d) => calendar(d.items)}</LoadState>}</Card>}
      {view === 'past' && (
        <>
          {years.length === 0 ? (
            <Card>
              <EmptyState icon='往' title='还没有往年的活动' description={`${thisYear} 年以前办过的活动会按年份列在这里`} />
            </Card>
          ) : (
            <Card title='选择年份'>
              <ChipGroup options={years.map((y) => ({ value: String(y), label: `${y} 年` }))} value={year ? [String(year)] : []} onChange={([y]) => setYear(Number(y))} />
            </Card>
          )}
          {year !== undefined && (
            <YearActivities year={year}>
              {(items) =>
                items.length ? (
                  cards(items)
                ) : (
                  <Card>
                    <EmptyState compact title={`${year} 年没有活动`} />
                  </Card>
                )
              }
            </YearActivities>
          )}
        </>
      )}
    </View>
  )
}
