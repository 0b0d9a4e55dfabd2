import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { CheckinCodeOutput, RosterEntry, RosterOutput, Turnout } from '../../../../types/activity'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { LoadState } from '../../../components/load-state'
import { Table, type TableColumn } from '../../../components/table'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'
import { answerText, shortWhen, spotsText } from '../../../lib/activity-text'
import { callAction } from '../../../services/cloud'
import { ProxyCard } from './proxy-card'
import { UnsignedCard } from './unsigned-card'
import './index.scss'

const TURNOUT: TableColumn<Turnout>[] = [
  { title: '部门', grow: true, cell: (t) => t.unit },
  { title: '报名人数', size: 'l', cell: (t) => t.signedUp },
  { title: '实到人数', size: 'l', cell: (t) => t.attended }
]

function TurnoutTable({ r }: { r: RosterOutput }) {
  const sum = (k: 'signedUp' | 'attended') => r.turnout.reduce((s, t) => s + t[k], 0)
  return <Table columns={TURNOUT} rows={r.turnout} rowKey={(t, i) => `${t.unit}-${i}`} total={{ unit: '合计', signedUp: sum('signedUp'), attended: sum('attended') }} />
}

/** 名单与签到 (officer): who is in and who waits, answers, attendance marks, the on-site code, export, and who has not signed up. */
export default function ActivityRoster() {
  const id = useRouter().params.id ?? ''
  const roster = useAction('activity', 'roster', { id }, [id])
  const mark = useMutation('activity', 'attendance')
  const exporter = useExport('activity', 'export')
  const [code, setCode] = useState<CheckinCodeOutput>()
  const [codeError, setCodeError] = useState<string>()
  const r = roster.data
  const batchLabel = (key?: string) => r?.activity.batches.find((b) => b.key === key)?.label

  const toggle = async (e: RosterEntry) => {
    const res = await mark.run({ id, memberId: e.memberId, attended: !e.attended })
    if (res.ok) void roster.reload()
  }
  const showCode = async () => {
    const res = await callAction('activity', 'checkinCode', { id })
    if (res.ok) setCode(res.data)
    else setCodeError(res.error.message)
  }

  // chasing only helps while a sign-up can still be taken
  const chasing = r && !r.activity.cancelled && (r.activity.phase === 'upcoming' || r.activity.phase === 'open')
  const answers = (e: RosterEntry) => (r?.activity.fields ?? []).filter((f) => f.type !== 'companions').map((f) => answerText(e.answers[f.key]))
  const line = (e: RosterEntry) =>
    [e.unit, e.companions ? `本人+${e.companions}` : '', batchLabel(e.batch), ...answers(e), e.offerExpiresAt ? `待确认（${shortWhen(e.offerExpiresAt)} 前）` : '', e.proxyBy ? `${e.proxyBy}代报` : '']
      .filter(Boolean)
      .join(' · ')

  return (
    <View className='page roster'>
      <LoadState state={roster}>
        {r && (
          <>
            <Card title={r.activity.title} extra={spotsText(r.activity)}>
              <View className='roster__actions'>
                <Button className='btn btn--small' onClick={showCode}>
                  现场签到码
                </Button>
                <Button className='btn btn--small btn--ghost' disabled={exporter.running} onClick={() => exporter.run({ id })}>
                  {exporter.running ? '正在导出…' : '导出 Excel'}
                </Button>
              </View>
              {code && (
                <View className='roster__code'>
                  <Text className='roster__code-digits'>{code.code}</Text>
                  <Text className='hint'>
                    请会员在活动页输入此码签到（{shortWhen(code.opensAt)} 至 {shortWhen(code.closesAt)} 有效）
                  </Text>
                </View>
              )}
              {(codeError || mark.error) && <Text className='error-text'>{codeError ?? mark.error?.message}</Text>}
            </Card>
            <Card title='各部门到场'>
              <TurnoutTable r={r} />
            </Card>
            <Card title={`已报名 ${r.confirmed.length}`} extra='点右侧记到场'>
              {r.confirmed.length === 0 && <EmptyState compact title='还没有人报名' />}
              {r.confirmed.map((e) => (
                <View key={e.memberId} className='roster__person'>
                  <View className='roster__who'>
                    <Text className='roster__name'>{e.name}</Text>
                    <Text className='roster__line'>{line(e)}</Text>
                  </View>
                  <Text className={`roster__mark${e.attended ? ' roster__mark--on' : ''}`} onClick={() => toggle(e)}>
                    {e.attended ? (e.checkinBy === 'code' ? '已签到' : '已到') : '未到'}
                  </Text>
                </View>
              ))}
            </Card>
            {r.waitlisted.length > 0 && (
              <Card title={`候补 ${r.waitlisted.length}`}>
                {r.waitlisted.map((e) => (
                  <View key={e.memberId} className='roster__person'>
                    <Text className='roster__pos'>第{e.position}位</Text>
                    <View className='roster__who'>
                      <Text className='roster__name'>{e.name}</Text>
                      <Text className='roster__line'>{line(e)}</Text>
                    </View>
                  </View>
                ))}
              </Card>
            )}
            {r.entered && r.entered.length > 0 && (
              <Card title={`待抽签 ${r.entered.length}`} extra='报名截止后在活动页抽签'>
                {r.entered.map((e) => (
                  <View key={e.memberId} className='roster__person'>
                    <View className='roster__who'>
                      <Text className='roster__name'>{e.name}</Text>
                      <Text className='roster__line'>{line(e)}</Text>
                    </View>
                  </View>
                ))}
              </Card>
            )}
            {chasing && r.activity.phase === 'open' && <ProxyCard activity={r.activity} onDone={() => void roster.reload()} />}
            {chasing && <UnsignedCard activity={r.activity} />}
          </>
        )}
      </LoadState>
    </View>
  )
}
