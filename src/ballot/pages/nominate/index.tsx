import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { Nominee } from '../../../../types/ballot'
import { Card } from '../../../components/card'
import { confirm, inform } from '../../../components/confirm'
import { Field } from '../../../components/field'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction, useMutation } from '../../../hooks/use-action'
import { roundLabel, STATUS_TEXT, whenLine } from '../../lib/text'
import { ColleaguePicker } from './colleague-picker'
import { MyNominations } from './mine'
import './index.scss'

/** 评优推荐 (member): pick a colleague, write their 事迹, send; one's own nominations can be corrected or withdrawn until the window closes. */
export default function Nominate() {
  const id = useRouter().params.id ?? ''
  const rounds = useAction('ballot', 'rounds')
  const mine = useAction('ballot', 'myNominations', { roundId: id }, [id])
  const send = useMutation('ballot', 'nominate')
  const withdraw = useMutation('ballot', 'withdrawNomination')
  const [who, setWho] = useState<Nominee>()
  const [reason, setReason] = useState('')
  const round = rounds.data?.items.find((r) => r.id === id)
  const open = round?.status === 'open'

  const pick = (n: Nominee) => {
    setWho(n)
    setReason(mine.data?.items.find((m) => m.nomineeId === n.id)?.reason ?? '')
  }
  const submit = async () => {
    if (!who) return
    const r = await send.run({ roundId: id, nomineeId: who.id, reason })
    if (!r.ok) return void inform({ title: '没有提交', content: r.error.message })
    setWho(undefined)
    setReason('')
    void Taro.showToast({ title: r.data.updated ? '已修改' : '已推荐', icon: 'success' })
    void mine.reload()
  }
  const takeBack = async (n: { nomineeId: string; name: string }) => {
    if (!(await confirm({ title: `撤回对${n.name}的推荐？`, content: '撤回后主席将看不到这条推荐，截止前可以重新推荐。', confirmText: '撤回' }))) return
    const r = await withdraw.run({ roundId: id, nomineeId: n.nomineeId })
    if (!r.ok) return void inform({ title: '没有撤回', content: r.error.message })
    void mine.reload()
  }

  return (
    <View className='page nominate'>
      <LoadState state={rounds}>
        {!round ? (
          <Card>
            <Text>找不到这次评优推荐，可能链接有误或已被删除。</Text>
          </Card>
        ) : (
          <>
            <Card>
              <View className='nominate__head'>
                <Text className='nominate__title'>{round.title}</Text>
                <Tag tone={STATUS_TEXT[round.status].tone}>{roundLabel(round)}</Tag>
              </View>
              <Text className='hint'>
                推荐「{round.honour}」· {whenLine(round)}
              </Text>
              <Text className='nominate__note'>推荐是实名的：主席能看到是谁推荐、写了什么事迹，方便了解情况。之后的投票是无记名的。</Text>
              {round.status === 'upcoming' && <Text className='nominate__note'>推荐还没有开始，开始后再来推荐。</Text>}
              {round.status === 'closed' && <Text className='nominate__note'>推荐已经截止，不能再推荐、修改或撤回。</Text>}
              {round.ballotId && (
                <Button className='btn nominate__submit' onClick={() => void Taro.navigateTo({ url: `/ballot/pages/vote/index?id=${round.ballotId}` })}>
                  候选人已确定，去投票
                </Button>
              )}
            </Card>
            {open && (
              <Card title={who ? `推荐 ${who.name}（${who.unit}）` : '推荐一位同事'}>
                {!who ? (
                  <ColleaguePicker onPick={pick} />
                ) : (
                  <>
                    <Field label='推荐事迹' required hint='写清楚做了什么、有什么成绩，最多 500 字'>
                      <Textarea className='textarea' value={reason} maxlength={500} placeholder='如：连续三年担任毕业班班主任，所带班级…' onInput={(e) => setReason(e.detail.value)} />
                    </Field>
                    <Button className='btn nominate__submit' disabled={send.running} onClick={submit}>
                      {send.running ? '正在提交…' : '提交推荐'}
                    </Button>
                    <Button className='btn btn--ghost' onClick={() => setWho(undefined)}>
                      换一位同事
                    </Button>
                  </>
                )}
              </Card>
            )}
            <Card title='我的推荐'>
              <LoadState state={mine}>
                {mine.data && <MyNominations items={mine.data.items} editable={open} onEdit={(n) => pick({ id: n.nomineeId, name: n.name, unit: n.unit })} onWithdraw={takeBack} />}
              </LoadState>
            </Card>
          </>
        )}
      </LoadState>
    </View>
  )
}
