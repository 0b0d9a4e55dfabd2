import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { SubmitOutput } from '../../../types/suggestion'
import { BindPrompt } from '../../components/bind-prompt'
import { Card } from '../../components/card'
import { DrawProof } from '../../components/draw-proof'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { SuggestionForm } from '../../components/suggestion-form'
import { SuggestionItem } from '../../components/suggestion-item'
import { ensureSecondTokens, secondAnonymously, secondedNumbers } from '../../components/suggestion-item/seconds'
import { useAction } from '../../hooks/use-action'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { useShare } from '../../hooks/use-share'
import { isNotBound } from '../../lib/bind-route'
import { shareTitle } from '../../lib/share'
import { beijingMonth } from '../../lib/beijing'
import { claimUrl, dayLabel, monthLabel, publishLabel, shiftMonth } from '../../lib/suggestion-text'
import { keepNumber, myNumbers, type MyNumber } from '../../services/my-numbers'
import './index.scss'

/** 建议: 号码有奖征集 — write anonymously, keep 我的号码 on this phone, read the monthly board. */
export default function Suggestions() {
  // a forwarded board opens on its month (?month=YYYY-MM); anything else opens this month
  const linked = useRouter().params.month
  const [month, setMonth] = useState<string | undefined>(() => (linked && /^\d{4}-\d{2}$/.test(linked) ? linked : undefined))
  // kept as the server answered it, so publishesAt comes along: 将于今天17:00公布 for one's own numbers
  const [mine, setMine] = useState<(MyNumber & { publishesAt?: string })[]>(myNumbers)
  const [fresh, setFresh] = useState<SubmitOutput>()
  const board = useAction('suggestion', 'board', month ? { month } : {}, [month])
  const access = useAction('suggestion', 'access')
  // 附议 kept on this phone only; tokens for every number on the board are taken on each load, seconding or not
  const [seconded, setSeconded] = useState(secondedNumbers)
  const [seconding, setSeconding] = useState<string>()
  useEffect(() => {
    if (board.data?.items.length) void ensureSecondTokens(board.data.month)
  }, [board.data])
  const second = async (number: string, month: string) => {
    setSeconding(number)
    const r = await secondAnonymously(number, month)
    setSeconding(undefined)
    if (!r.ok) return void Taro.showToast({ title: r.error.message, icon: 'none' })
    setSeconded(secondedNumbers())
    Taro.showToast({ title: '已附议，不记名', icon: 'none' })
    void board.reload()
  }
  useReloadOnShow(() => {
    setMine(myNumbers())
    void board.reload()
    // after 绑定 the form appears
    void access.reload()
  })
  // the server's month once it has answered; a tap on ‹ before that counts from this phone's Beijing month
  const shown = board.data?.month ?? month
  useShare(
    'suggestion',
    shareTitle('suggestion', board.data && `${monthLabel(board.data.month)} 共 ${board.data.items.length} 条`),
    shown ? `/pages/suggestions/index?month=${shown}` : '/pages/suggestions/index'
  )
  const owned = new Set(mine.map((m) => m.number))
  const go = (url: string) => Taro.navigateTo({ url })
  const claim = (number?: string) => go(claimUrl(number))

  const submitted = (out: SubmitOutput) => {
    setMine(keepNumber(out))
    setFresh(out)
    if (!month || month === out.month) void board.reload()
  }

  if (isNotBound(access.error) || isNotBound(board.error)) {
    // nothing to write before it: a suggestion typed on an unbound phone could not be sent
    return (
      <View className='page suggestions'>
        <Card>
          <BindPrompt title='绑定后写建议、看公开栏' back='/pages/suggestions/index' />
        </Card>
      </View>
    )
  }

  return (
    <View className='page suggestions'>
      {access.data?.desk && (
        <Button className='btn btn--ghost suggestions__desk' onClick={() => go('/officer/pages/suggestion-desk/index')}>
          进入督导室
        </Button>
      )}
      <Card title='写建议' extra='号码有奖征集'>
        {/* shown once the server has said this phone may write */}
        <LoadState state={access}>{() => <SuggestionForm onSubmitted={submitted} />}</LoadState>
      </Card>
      {fresh && (
        <Card className='suggestions__fresh' title='提交成功'>
          <Text className='suggestions__big'>号码 {fresh.number}</Text>
          <Text className='suggestions__big'>领奖码 {fresh.claimCode}</Text>
          <Text className='suggestions__when'>{publishLabel(fresh.publishesAt)}</Text>
          <Text className='hint'>建议不会马上出现在公开栏：每天 17:00 统一公布一批、顺序打乱，谁也看不出是谁刚写的。</Text>
          <Text className='hint'>领奖码只显示这一次，已保存在本机「我的号码」里；换手机前请抄下来。获奖后凭号码和领奖码认领。</Text>
        </Card>
      )}
      {mine.length > 0 && (
        <Card title='我的号码' extra='仅保存在本机'>
          {mine.map((m) => (
            <View key={m.number} className='suggestions__mine' onClick={() => claim(m.number)}>
              <Text className='suggestions__mine-number'>{m.number}</Text>
              <Text className='hint'>
                {m.publishesAt && Date.parse(m.publishesAt) > Date.now() ? `${publishLabel(m.publishesAt)} · ` : ''}
                {monthLabel(m.month)} · 认领 ›
              </Text>
            </View>
          ))}
        </Card>
      )}
      <Card>
        <View className='suggestions__months'>
          <Text className='suggestions__arrow suggestions__prev' onClick={() => setMonth(shiftMonth(shown ?? beijingMonth(), -1))}>
            ‹
          </Text>
          <Text className='suggestions__month'>{shown ? monthLabel(shown) : '本月'}公开栏</Text>
          <Text className='suggestions__arrow suggestions__next' onClick={() => setMonth(shiftMonth(shown ?? beijingMonth(), 1))}>
            ›
          </Text>
          {board.data && <Text className='hint suggestions__count'>{board.data.items.length} 条</Text>}
        </View>
        <LoadState state={board}>
          {board.data?.awardedOn && (
            <View className='suggestions__awarded'>
              <Text className='suggestions__awarded-text'>获奖号码已于{dayLabel(board.data.awardedOn)}公布，获奖者请凭号码和领奖码认领（任何手机都可以）</Text>
              <Button className='btn btn--small suggestions__claim' onClick={() => claim()}>
                我中奖了，去认领
              </Button>
            </View>
          )}
          {board.data?.draw && <DrawProof draw={board.data.draw} month={board.data.month} numbers={board.data.items.map((i) => i.number)} onClaim={claim} />}
          {board.data && board.data.items.length === 0 && <EmptyState icon='议' title='这个月还没有公布的建议' description='有想法尽管说：不记名，每天 17:00 统一公布，按号码公开答复' />}
          {board.data?.items.map((item) => (
            <SuggestionItem
              key={item.number}
              item={item}
              mine={owned.has(item.number)}
              onClaim={() => claim(item.number)}
              seconded={seconded.has(item.number)}
              seconding={seconding === item.number}
              onSecond={() => void second(item.number, item.month)}
            />
          ))}
        </LoadState>
      </Card>
    </View>
  )
}
