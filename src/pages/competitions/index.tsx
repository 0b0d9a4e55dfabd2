import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { ListItem } from '../../components/list-item'
import { LoadState } from '../../components/load-state'
import { Tabs } from '../../components/tabs'
import { useAction } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { eventLabel } from '../../lib/competition-text'
import { canManage } from '../../lib/labels'
import './index.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

/** The year filter from the years the server says have competitions; this year (the newest) reads 今年. */
const yearOptions = (years: number[]) => [{ value: 'all', label: '全部' }, ...years.map((y, i) => ({ value: String(y), label: i === 0 ? '今年' : `${y}年` }))]

/** 比赛成绩: every competition (to its live board), by year for past ones, my events with my places, and officers' tools. */
export default function Competitions() {
  const me = useMe()
  const [year, setYear] = useState('all')
  const list = useAction('competition', 'list', year === 'all' ? {} : { year: Number(year) }, [year])
  // kept across a year switch, so the filter does not vanish while the next year loads
  const [years, setYears] = useState<number[]>([])
  if (list.data && list.data.years.join() !== years.join()) setYears(list.data.years)
  const mine = useAction('competition', 'myEvents')
  useReloadOnShow(() => Promise.all([list.reload(), mine.reload()]))
  usePullToReload(list.reload, mine.reload)
  const manage = canManage(me.data?.role)
  // the title follows what the server answered, not the tab, so it never names a year still loading
  const shown = list.data?.year
  const items = list.data?.items ?? []

  return (
    <View className='page competitions'>
      {years.length > 1 && <Tabs className='competitions__years' options={yearOptions(years)} value={year} onChange={setYear} />}
      <LoadState state={list}>
        <Card title={shown ? `${shown}年的比赛` : '比赛'}>
          {items.length === 0 && (
            <EmptyState icon='赛' title={shown ? `${shown}年没有比赛` : '暂无比赛'} description={shown ? '其他年份的比赛在上方按年份查看' : '运动会、赛课等比赛开始后，成绩会显示在这里'} />
          )}
          {items.map((c) => (
            <ListItem key={c.id} title={c.title} note={`${c.units.length} 个单位 · 已公布 ${c.published}/${c.events} 项`} onClick={go(`/pages/competition-board/index?id=${c.id}`)} />
          ))}
        </Card>
        {(mine.data?.items.length ?? 0) > 0 && (
          <Card title='我的项目'>
            {mine.data?.items.map((e) => (
              <ListItem
                key={e.eventId}
                title={eventLabel({ name: e.eventName, category: e.category })}
                note={`${e.competitionTitle} · ${e.unit}`}
                extra={
                  e.place ? (
                    <Text className='competitions__place'>
                      第 {e.place} 名{e.prize ? ` · ${e.prize}` : ''}
                    </Text>
                  ) : (
                    '待公布'
                  )
                }
                onClick={e.place ? go(`/pages/competition-event/index?id=${e.eventId}`) : undefined}
              />
            ))}
          </Card>
        )}
        {manage && (
          <View className='competitions__tools'>
            <Button className='btn' onClick={go('/officer/pages/competition-setup/index')}>
              新建比赛
            </Button>
            {items.length > 0 && <Text className='hint competitions__hint'>报名、录入成绩和审核公布在各比赛的成绩页进入</Text>}
          </View>
        )}
      </LoadState>
    </View>
  )
}
