import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { useAction } from '../../../hooks/use-action'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { groupBy } from '../../../lib/group-by'
import { AUDIENCE_LABEL, dateWithWeekday } from '../../../lib/greeting-style'
import './index.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

/** 祝福日历 (chair): who the daily run will greet, and with what, over the next 30 days. */
export default function GreetingCalendar() {
  const preview = useAction('greeting', 'preview', { days: 30 })
  // back from 祝福模板: an occasion switched off shows as such
  useReloadOnShow(preview.reload)
  const days = groupBy(preview.data?.items ?? [], (i) => i.date)

  return (
    <View className='page gcal'>
      <Card>
        <ListItem title='祝福模板' note='每个节日的祝福语，开启或关闭' onClick={go('/officer/pages/greeting-templates/index')} />
        <ListItem title='祝福统计' note='每月送出的祝福人次' onClick={go('/officer/pages/greeting-stats/index')} />
      </Card>
      <View className='section-title'>未来 30 天{preview.data ? `（${preview.data.from} 起）` : ''}</View>
      <LoadState state={preview}>
        {days.length === 0 ? (
          <Card>
            <EmptyState icon='福' title='30 天内没有要送的祝福' description='会员的生日（公历或农历）和节日会出现在这里。' />
          </Card>
        ) : (
          days.map(({ key: date, items: entries }) => (
            <Card key={date} className='gcal__day' title={dateWithWeekday(date)}>
              {entries.map((e) => (
                <View key={e.occasion} className={`gcal__entry${e.enabled ? '' : ' gcal__entry--off'}`}>
                  <View className='gcal__head'>
                    <Text className='gcal__label'>{e.label}</Text>
                    <Text className='gcal__count'>
                      {e.enabled ? '' : '已关闭 · '}
                      {AUDIENCE_LABEL[e.audience]} {e.count} 人
                    </Text>
                  </View>
                  {e.members.length > 0 && <Text className='gcal__names'>{e.members.map((m) => `${m.name}（${m.unit}）`).join('、')}</Text>}
                </View>
              ))}
            </Card>
          ))
        )}
      </LoadState>
    </View>
  )
}
