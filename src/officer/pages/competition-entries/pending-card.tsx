import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { EntryRequest } from '../../../../types/competition'
import { Card } from '../../../components/card'
import { inform } from '../../../components/confirm'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import type { ActionState } from '../../../hooks/use-action'
import { useMutation } from '../../../hooks/use-action'
import { shortWhen } from '../../../lib/beijing'

export interface PendingCardProps {
  requests: ActionState<{ items: EntryRequest[] }>
  /** after a decision: the entered list changes too */
  onDecided: () => void
}

/** 待审核: members who entered themselves, approved (taking a place, within the limits) or declined with a reason they see. */
export function PendingCard({ requests, onDecided }: PendingCardProps) {
  const approve = useMutation('competition', 'approveEntry')
  const [declining, setDeclining] = useState<string>()
  const [reason, setReason] = useState('')
  const items = requests.data?.items ?? []
  const pending = items.filter((r) => r.status === 'pending')
  const declined = items.filter((r) => r.status === 'declined')
  const withdrawn = items.filter((r) => r.status === 'withdrawn')

  const decide = async (r: EntryRequest, approved: boolean) => {
    const res = await approve.run({ entryId: r.id, approved, ...(approved || !reason.trim() ? {} : { reason: reason.trim() }) })
    if (res.ok) {
      Taro.showToast({ title: approved ? `已通过${r.name}的报名` : `已退回${r.name}的报名`, icon: 'none' })
      setDeclining(undefined)
      setReason('')
    } else {
      // a refusal at the limit needs reading: it says what to do
      void inform({ title: approved ? '未能通过' : '未能退回', content: res.error.message })
    }
    void requests.reload()
    onDecided()
  }

  return (
    <Card className='comp-entries__pending' title='待审核' extra={`${pending.length} 人`}>
      <LoadState state={requests}>
        <Text className='hint'>会员自己报的名，通过后才计入名额</Text>
        {pending.length === 0 && <EmptyState compact title='没有待审核的报名' />}
        {pending.map((r) => (
          <View key={r.id} className='comp-entries__request'>
            <ListItem
              title={r.name}
              note={`${r.unit} · ${shortWhen(r.requestedAt)}`}
              extra={
                declining === r.id ? undefined : (
                  <View className='comp-entries__decide'>
                    <Button className='btn btn--small' disabled={approve.running} onClick={() => decide(r, true)}>
                      通过
                    </Button>
                    <Button className='btn btn--small btn--ghost' disabled={approve.running} onClick={() => setDeclining(r.id)}>
                      退回
                    </Button>
                  </View>
                )
              }
            />
            {declining === r.id && (
              <View className='comp-entries__decline'>
                <Input className='input' value={reason} maxlength={60} placeholder='退回原因（选填），会员能看到' onInput={(e) => setReason(e.detail.value)} />
                <View className='comp-entries__decide'>
                  <Button className='btn btn--small' disabled={approve.running} onClick={() => decide(r, false)}>
                    确认退回
                  </Button>
                  <Button className='btn btn--small btn--ghost' onClick={() => setDeclining(undefined)}>
                    不退回
                  </Button>
                </View>
              </View>
            )}
          </View>
        ))}
        {declined.length > 0 && <Text className='hint comp-entries__declined-head'>已退回</Text>}
        {declined.map((r) => (
          <ListItem
            key={r.id}
            title={r.name}
            note={`${r.decidedBy ?? '委员'}退回${r.reason ? `：${r.reason}` : ''}`}
            extra={
              <Text className='link' onClick={() => decide(r, true)}>
                改为通过
              </Text>
            }
          />
        ))}
        {withdrawn.length > 0 && <Text className='hint comp-entries__declined-head'>本人已撤回</Text>}
        {withdrawn.map((r) => (
          <ListItem key={r.id} title={r.name} note={`${r.decidedBy ?? r.name}本人撤回${r.decidedAt ? ` · ${shortWhen(r.decidedAt)}` : ''}`} />
        ))}
      </LoadState>
    </Card>
  )
}
