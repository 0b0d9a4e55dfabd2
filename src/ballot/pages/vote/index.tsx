import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { Choices } from '../../../../types/ballot'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction } from '../../../hooks/use-action'
import { useMe } from '../../../hooks/use-me'
import { useShare } from '../../../hooks/use-share'
import { castBallot, loadSlip, takeBallot } from '../../lib/wallet'
import { describeChoices, kindLabel, shortReceipt, STATUS_TEXT, voteShareTitle, whenLine } from '../../lib/text'
import { ChoiceForm, complete } from './choice-form'
import { ContextLines, Rectifications } from './context'
import { Turnout, TurnoutLine } from './turnout'
import './index.scss'

/** One ballot: the paper, 投票 on the anonymous path, then the receipt kept on this phone. */
export default function Vote() {
  const id = useRouter().params.id ?? ''
  const me = useMe()
  const ballot = useAction('ballot', 'get', { id }, [id])
  const memberId = me.data?.member?.id ?? ''
  const [choices, setChoices] = useState<Choices>({})
  const [sending, setSending] = useState(false)
  const [, bump] = useState(0)
  const slip = memberId ? loadSlip(id, memberId) : null
  const b = ballot.data
  // 转发 from the page members open while it is open; the path opens this very ballot (after 绑定 too)
  useShare('ballot', voteShareTitle(b), `/ballot/pages/vote/index?id=${encodeURIComponent(id)}`)
  const role = me.data?.role

  // 领票 on opening, voting or not (docs/anonymity.md)
  useEffect(() => {
    if (b && memberId && b.mayVote && b.status !== 'closed' && !loadSlip(b.id, memberId)?.signature) void takeBallot(b, memberId).then(() => bump((n) => n + 1))
  }, [b, memberId])

  const submit = async () => {
    if (!b || !complete(b, choices)) return void Taro.showToast({ title: b?.kind === 'rating' ? '请为每一项选择等级' : '请先选择', icon: 'none' })
    if (!(await confirm({ title: '确认投出这张票？', content: '无记名投票，投出后不能更改。', confirmText: '投出' }))) return
    setSending(true)
    const r = await castBallot(b, memberId, choices)
    setSending(false)
    if (!r.ok) return void Taro.showModal({ title: '没有投出', content: r.error.message, showCancel: false })
    bump((n) => n + 1)
  }

  return (
    <View className='page vote'>
      <LoadState state={ballot}>
        {b && (
          <>
            <Card>
              <View className='vote__head'>
                <Text className='vote__title'>{b.title}</Text>
                <Tag tone={STATUS_TEXT[b.status].tone}>{STATUS_TEXT[b.status].label}</Tag>
              </View>
              <Text className='hint vote__meta'>
                {kindLabel(b)} · {whenLine(b)}
              </Text>
              <ContextLines ballot={b} />
              {b.description && <Text className='vote__desc'>{b.description}</Text>}
              {/* once the member is known: whether this phone has voted decides what the count adds */}
              {memberId && role !== 'chair' && (b.mayVote || role === 'officer') && <TurnoutLine id={b.id} voted={!!slip?.receipt} />}
            </Card>
            <Rectifications ballot={b} />
            {slip?.receipt ? (
              <Card title='你已投票'>
                <Text className='vote__receipt'>回执 {shortReceipt(slip.receipt)}</Text>
                {slip.choices && <Text className='vote__meta'>你的选择：{describeChoices(b, slip.choices)}</Text>}
                <Text className='hint'>回执只保存在这台手机上。投票结束后，在结果页可以核对你的选票是否已计入。</Text>
              </Card>
            ) : b.status === 'open' && b.mayVote ? (
              <Card title='请投票'>
                <ChoiceForm ballot={b} value={choices} onChange={setChoices} />
                <Button className='btn vote__submit' disabled={sending} onClick={submit}>
                  {sending ? '正在投出…' : '投出选票'}
                </Button>
                <Text className='hint'>无记名：选票不带你的身份，任何人（包括主席和管理员）都无法知道你投了什么。</Text>
              </Card>
            ) : (
              b.status !== 'closed' && <Text className='hint vote__why'>{b.mayVote ? `投票在 ${whenLine(b)}` : b.whyNot}</Text>
            )}
            {b.status === 'closed' && (
              <Button className='btn vote__results' onClick={() => void Taro.navigateTo({ url: `/ballot/pages/results/index?id=${b.id}` })}>
                查看结果
              </Button>
            )}
            {role === 'chair' && <Turnout id={b.id} open={b.status !== 'closed'} onClosed={() => void ballot.reload()} />}
          </>
        )}
      </LoadState>
    </View>
  )
}
