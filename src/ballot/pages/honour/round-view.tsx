import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { confirm, inform } from '../../../components/confirm'
import { Field } from '../../../components/field'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction, useMutation } from '../../../hooks/use-action'
import { roundLabel, STATUS_TEXT, whenLine } from '../../lib/text'
import { DAYS, windowOf } from './window'

const VOTE_DAYS = [{ value: '1', label: '1 天' }, ...DAYS.slice(0, 2)]
/** 选举 elects up to the seats; 意见投票 only asks whom members favour, and the chair decides after. */
const VOTE_KINDS = [
  { value: 'election' as const, label: '选举（按名额当选）' },
  { value: 'poll' as const, label: '意见投票（供评审参考）' }
]
const goVote = (id: string) => void Taro.navigateTo({ url: `/ballot/pages/vote/index?id=${id}` })

/** One round for the chair: nominations by nominee with their 事迹, then the shortlist that becomes the election. */
export function RoundView({ id }: { id: string }) {
  const list = useAction('ballot', 'nominations', { roundId: id }, [id])
  const shortlist = useMutation('ballot', 'shortlist')
  const [picked, setPicked] = useState<string[]>([])
  const [seats, setSeats] = useState('1')
  const [days, setDays] = useState('3')
  const [kind, setKind] = useState<'election' | 'poll'>('election')
  const round = list.data?.round
  const nominees = list.data?.nominees ?? []
  const toggle = (m: string) => setPicked((xs) => (xs.includes(m) ? xs.filter((x) => x !== m) : [...xs, m]))

  const submit = async () => {
    if (!picked.length) return void inform({ title: '还没有选候选人', content: '请在上面的名单里点选候选人。' })
    if (!(await confirm({ title: `确定 ${picked.length} 位候选人？`, content: '确定后即发起全体会员无记名投票，候选人不能再改。', confirmText: '发起' }))) return
    const { closesAt } = windowOf('now', Number(days), Date.now())
    const r = await shortlist.run({ roundId: id, nomineeIds: picked, kind, seats: Number(seats) || 1, closesAt })
    if (!r.ok) return void inform({ title: '没有发起投票', content: r.error.message })
    void list.reload()
    goVote(r.data.id)
  }

  return (
    <LoadState state={list}>
      {round && (
        <>
          <Card>
            <View className='honour__head'>
              <Text className='honour__title'>{round.title}</Text>
              <Tag tone={STATUS_TEXT[round.status].tone}>{roundLabel(round)}</Tag>
            </View>
            <Text className='hint'>
              推荐「{round.honour}」· {whenLine(round)}
            </Text>
            {round.ballotId && (
              <Button className='btn honour__submit' onClick={() => goVote(round.ballotId!)}>
                已发起投票，去看投票
              </Button>
            )}
          </Card>
          <Card title={`收到推荐（${nominees.length} 人）`}>
            {!nominees.length && <Text className='hint'>还没有人被推荐。</Text>}
            {nominees.map((n) => {
              const on = picked.includes(n.memberId)
              const choosable = round.status === 'closed' && !round.ballotId
              return (
                <View key={n.memberId} className={`honour__nominee${on ? ' honour__nominee--on' : ''}`} onClick={choosable ? () => toggle(n.memberId) : undefined}>
                  <View className='honour__head'>
                    <Text className='honour__name'>
                      {n.name}（{n.unit}）
                    </Text>
                    {choosable ? <Tag tone={on ? 'brand' : 'neutral'}>{on ? '已选为候选人' : '点选为候选人'}</Tag> : <Tag tone='info'>{n.reasons.length} 人推荐</Tag>}
                  </View>
                  {n.reasons.map((r, i) => (
                    <Text key={i} className='honour__reason'>
                      {r.by}：{r.reason}
                    </Text>
                  ))}
                </View>
              )
            })}
          </Card>
          {round.status !== 'closed' && <Text className='hint honour__later'>推荐截止后，在这里确定候选人并发起投票。</Text>}
          {round.status === 'open' && (
            <Button className='btn btn--ghost honour__submit' onClick={() => void Taro.navigateTo({ url: `/ballot/pages/nominate/index?id=${id}` })}>
              我也推荐一位同事
            </Button>
          )}
          {round.status === 'closed' && !round.ballotId && nominees.length > 0 && (
            <Card title='确定候选人，发起投票'>
              <Text className='hint'>已选 {picked.length} 人。全体会员无记名投票，每票最多选与名额相同的人数。</Text>
              <Field label='投票方式'>
                <ChipGroup options={VOTE_KINDS} value={[kind]} onChange={([k]) => setKind(k)} />
              </Field>
              <Field label='评选名额' inline>
                <Input className='input honour__num' type='number' value={seats} onInput={(e) => setSeats(e.detail.value)} />
              </Field>
              <Field label='投票几天'>
                <ChipGroup options={VOTE_DAYS} value={[days]} onChange={([d]) => setDays(d)} />
              </Field>
              <Button className='btn honour__submit' disabled={shortlist.running} onClick={submit}>
                {shortlist.running ? '正在发起…' : '确定候选人并发起投票'}
              </Button>
            </Card>
          )}
        </>
      )}
    </LoadState>
  )
}
