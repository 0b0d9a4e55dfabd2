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
import { beijingMonth, dayLabel, monthLabel, shiftMonth } from '../../../lib/suggestion-text'
import { LuckyDraw } from './lucky-draw'
import './index.scss'

type Choice = MeritPrize | '无'
const PRIZES: Choice[] = ['无', '一等奖', '二等奖', '三等奖', '鼓励奖']

/** 评奖 (chair): pick the month's prizes by merit and publish them (a 表彰 notice goes out); run the lucky draw. */
export default function SuggestionAwards() {
  const [month, setMonth] = useState(() => shiftMonth(beijingMonth(), -1))
  const board = useAction('suggestion', 'board', { month }, [month])
  const [picks, setPicks] = useState<Record<string, Choice>>({})
  const [correcting, setCorrecting] = useState(false)
  const award = useMutation('suggestion', 'award')
  const winners = Object.entries(picks).flatMap(([number, prize]) => (prize === '无' ? [] : [{ number, prize }]))
  const switchMonth = (by: number) => {
    setPicks({})
    setCorrecting(false)
    setMonth(shiftMonth(month, by))
  }
  const startCorrecting = () => {
    setPicks(Object.fromEntries((board.data?.items ?? []).flatMap((i) => (i.prize ? [[i.number, i.prize]] : []))))
    setCorrecting(true)
  }

  const publish = async () => {
    const ok = await confirm(
      correcting
        ? { title: `更正${monthLabel(month)}获奖号码？`, content: `共 ${winners.length} 个号码。原来那条表彰通知会随之更新，不会再发一条。`, confirmText: '更正' }
        : { title: `公布${monthLabel(month)}获奖号码？`, content: `共 ${winners.length} 个号码，公布后会发一条表彰通知。公布后 7 天内可以更正，之后就是最终结果。`, confirmText: '公布' }
    )
    if (!ok) return
    const res = await award.run({ month, winners })
    if (res.ok) {
      Taro.showToast({ title: correcting ? '已更正' : `已公布，${dayLabel(res.data.correctableUntil)}前可更正`, icon: 'none' })
      setCorrecting(false)
      void board.reload()
    }
  }

  const data = board.data
  const picking = Boolean(data && !data.awardOpensOn && (!data.awardedOn || correcting))
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
          <Card title='按质量评奖' extra={data.awardedOn ? `${dayLabel(data.awardedOn)}已公布` : `${data.items.length} 条建议`}>
            {data.awardOpensOn && <Text className='hint awards__closed'>这个月还没有结束，{dayLabel(data.awardOpensOn)}起可以评奖。</Text>}
            {data.awardedOn && !correcting && (
              <Text className='hint awards__closed'>{data.awardCorrectableUntil ? `${dayLabel(data.awardCorrectableUntil)}前可以更正，之后就是最终结果。` : '更正期已过，这是最终结果。'}</Text>
            )}
            {data.items.length === 0 && <EmptyState compact title='这个月没有建议' />}
            {data.items.map((item) => (
              <View key={item.number} className='awards__row'>
                <Text className='awards__number'>
                  {item.number} <Text className='hint'>{item.category}</Text>
                </Text>
                <Text className='awards__content'>{item.content}</Text>
                {!picking ? (
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
            {picking && data.items.length > 0 && (
              <Button className='btn awards__publish' disabled={!winners.length || award.running} onClick={publish}>
                {correcting ? `确认更正（${winners.length}）` : `公布获奖号码（${winners.length}）`}
              </Button>
            )}
            {data.awardedOn && data.awardCorrectableUntil && (
              <Button className='btn btn--ghost awards__correct' onClick={() => (correcting ? setCorrecting(false) : startCorrecting())}>
                {correcting ? '不更正了' : '更正获奖号码'}
              </Button>
            )}
          </Card>
        )}
        {data && <LuckyDraw month={month} board={data} onChange={board.reload} />}
      </LoadState>
    </View>
  )
}
