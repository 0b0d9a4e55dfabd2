import { useMemo, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useMe } from '../../../hooks/use-me'
import { eventLabel } from '../../../lib/competition-text'
import { PendingCard } from './pending-card'
import './index.scss'

/** 报名: members' own entries to approve, then an officer enters members of their unit (the chair: any unit); limits are the server's. */
export default function CompetitionEntries() {
  const eventId = useRouter().params.eventId ?? ''
  const got = useAction('competition', 'entries', { eventId }, [eventId])
  const requests = useAction('competition', 'entryRequests', { eventId }, [eventId])
  const me = useMe()
  const chair = me.data?.role === 'chair'
  const myUnit = me.data?.member?.unit
  const roster = useAction('member', 'list', chair || !myUnit ? {} : { unit: myUnit }, [chair, myUnit])
  const enter = useMutation('competition', 'enter')
  const withdraw = useMutation('competition', 'withdraw')
  const [q, setQ] = useState('')
  const event = got.data?.event
  const entered = new Set((got.data?.items ?? []).map((e) => e.memberId))

  const candidates = useMemo(() => {
    const units = new Set(got.data?.units ?? [])
    const gender = event?.category === '男子' ? 'M' : event?.category === '女子' ? 'F' : undefined
    return (roster.data?.items ?? []).filter((m) => units.has(m.unit) && (!gender || m.gender === gender) && (!q || m.name.includes(q) || m.unit.includes(q)))
  }, [roster.data, got.data, event, q])

  const act = async (kind: 'enter' | 'withdraw', memberId: string, name: string) => {
    if (kind === 'withdraw' && !(await confirm({ title: `取消${name}的报名？`, content: '取消后名额让出，可以再报其他人。', confirmText: '取消报名', cancelText: '不取消' }))) return
    const res = await (kind === 'enter' ? enter : withdraw).run({ eventId, memberId })
    Taro.showToast({ title: res.ok ? (kind === 'enter' ? `已为${name}报名` : `已取消${name}的报名`) : res.error.message, icon: 'none' })
    if (res.ok) void Promise.all([got.reload(), requests.reload()])
  }

  return (
    <View className='page comp-entries'>
      <LoadState state={got}>
        {event && (
          <>
            <PendingCard requests={requests} onDecided={got.reload} />
            <Card title={`${eventLabel(event)} · 已报名`} extra={`${got.data?.items.length ?? 0} 人`}>
              <Text className='hint'>
                每单位最多 {event.unitLimit} 人{event.team ? '（团体项目，不计入个人项目数）' : ''}
              </Text>
              {got.data?.items.length === 0 && <EmptyState compact title='还没有人报名' />}
              {got.data?.items.map((e) => (
                <ListItem
                  key={e.id}
                  title={e.name}
                  note={e.unit}
                  extra={
                    <Text className='link comp-entries__withdraw' onClick={() => act('withdraw', e.memberId, e.name)}>
                      取消报名
                    </Text>
                  }
                />
              ))}
            </Card>
            <Card title={chair ? '从名单中报名' : `从${myUnit ?? '本部门'}名单中报名`}>
              <Input className='input' value={q} placeholder='搜索姓名或部门' onInput={(e) => setQ(e.detail.value)} />
              <LoadState state={roster}>
                {candidates.map((m) => (
                  <ListItem
                    key={m.id}
                    title={m.name}
                    note={m.unit}
                    extra={
                      entered.has(m.id) ? (
                        '已报名'
                      ) : (
                        <Button className='btn btn--small' disabled={enter.running} onClick={() => act('enter', m.id, m.name)}>
                          报名
                        </Button>
                      )
                    }
                  />
                ))}
                {candidates.length === 0 && <EmptyState compact title='没有符合组别的会员' />}
              </LoadState>
            </Card>
          </>
        )}
      </LoadState>
    </View>
  )
}
