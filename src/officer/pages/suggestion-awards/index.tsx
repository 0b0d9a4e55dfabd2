import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MeritPrize } from '../../../../types/suggestion'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { confirm } from '../../../components/confirm'
import { EmptyState } from '../../../components/empty-state'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { beijingMonth, monthLabel, shiftMonth } from '../../../lib/suggestion-text'
import { LuckyDraw } from './lucky-draw'
import './index.scss'

type Choice = MeritPrize | '无'
const PRIZES: Choice[] = ['无', '一等奖', '二等奖', '三等奖', '鼓励奖']

/** 评奖 (chair): pick the month's prizes by merit and publish them (a 表彰 notice goes out); run the lucky draw. */
export default function SuggestionAwards() {
  const [month, setMonth] = useState(() => shiftMonth(beijingMonth(), -1))
  const board = useAction('suggestion', 'board', { month }, [month])
  const [picks, setPicks] = useState<Record<string, Choice>>({})
  const award = useMutation('suggestion', 'award')
  const winners = Object.entries(picks).flatMap(([number, prize]) => (prize === '无' ? [] : [{ number, prize }]))
  const switchMonth = (by: number) => {
    setPicks({})
    setMonth(shiftMonth(month, by))
  }

  const publish = async () => {
    const ok = await confirm({ title: `公布${monthLabel(month)}获奖号码？`, content: `共 ${winners.length} 个号码，公布后会发一条表彰通知，不能修改。`, confirmText: '公布' })
    if (!ok) return
    const res = await award.run({ month, winners })
    if (res.ok) {
      Taro.showToast({ title: '已公布', icon: 'none' })
      void board.reload()
    }
  }

  const data = board.data
  return (
    <View className='page awards'>
      <View className='awards__months'>
        <Text className='awards__arrow' onClick={() => switchMonth(-1)}>
          ‹
        </Text>
        <Text className='awards__month'>{monthLabel(month)}</Text>
        <Text className='awards__arrow' onClick={() => switchMonth(1)}>
          ›
        </Text>
      </View>
      <LoadState state={board}>
        {data && (
          <Card title='按质量评奖' extra={data.awardedOn ? `${data.awardedOn} 已公布` : `${data.items.length} 条建议`}>
            {data.items.length === 0 && <EmptyState compact title='这个月没有建议' />}
            {data.items.map((item) => (
              <View key={item.number} className='awards__row'>
                <Text className='awards__number'>
                  {item.number} <Text className='hint'>{item.category}</Text>
                </Text>
                <Text className='awards__content'>{item.content}</Text>
                {data.awardedOn ? (
                  item.prize && (
                    <Text className='awards__prize'>
                      {item.prize}
                      {item.claimed ? ' · 已认领' : ' · 待认领'}
                    </Text>
                  )
                ) : (
                  <ChipGroup options={PRIZES.map((p) => ({ value: p, label: p }))} value={[picks[item.number] ?? '无']} onChange={([p]) => setPicks((s) => ({ ...s, [item.number]: p }))} />
                )}
              </View>
            ))}
            {award.error && <Text className='error-text'>{award.error.message}</Text>}
            {!data.awardedOn && data.items.length > 0 && (
              <Button className='btn awards__publish' disabled={!winners.length || award.running} onClick={publish}>
                公布获奖号码（{winners.length}）
              </Button>
            )}
          </Card>
        )}
        {data && <LuckyDraw month={month} board={data} onChange={board.reload} />}
      </LoadState>
    </View>
  )
}
