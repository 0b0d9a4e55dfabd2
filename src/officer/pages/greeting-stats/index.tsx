import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { LoadState } from '../../../components/load-state'
import { useAction } from '../../../hooks/use-action'
import './index.scss'

/** 祝福统计 (chair): how many 人次 were greeted each month, the figure the annual report cites. */
export default function GreetingStats() {
  const [year, setYear] = useState<string>()
  const stats = useAction('greeting', 'stats', year ? { year } : {}, [year])
  const shown = stats.data?.year ?? year
  const max = Math.max(1, ...(stats.data?.items ?? []).map((i) => i.count))
  const shift = (n: number) => () => shown && setYear(String(Number(shown) + n))

  return (
    <View className='page gstats'>
      <View className='gstats__year'>
        <Text className='link gstats__arrow' onClick={shift(-1)}>
          ‹ 上一年
        </Text>
        <Text className='gstats__year-text'>{shown ? `${shown} 年` : ''}</Text>
        <Text className='link gstats__arrow' onClick={shift(1)}>
          下一年 ›
        </Text>
      </View>
      <LoadState state={stats}>
        {(data) => (
          <Card>
            <View className='gstats__total'>
              <Text className='gstats__big'>{data.total}</Text>
              <Text className='hint'> 人次（全年）</Text>
            </View>
            {data.items.map((m) => (
              <View key={m.month} className='gstats__row'>
                <Text className='gstats__month'>{Number(m.month.slice(5))} 月</Text>
                <View className='gstats__bar'>
                  <View className='gstats__fill' style={{ width: `${(m.count / max) * 100}%` }} />
                </View>
                <Text className='gstats__count'>{m.count}</Text>
              </View>
            ))}
          </Card>
        )}
      </LoadState>
    </View>
  )
}
