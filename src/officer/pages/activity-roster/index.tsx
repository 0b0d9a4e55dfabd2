import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { CheckinCodeOutput, RosterEntry, RosterOutput } from '../../../../types/activity'
import { Card } from '../../../components/card'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { answerText, shortWhen, spotsText } from '../../../lib/activity-text'
import { openExport } from '../../../lib/open-export'
import { callAction } from '../../../services/cloud'
import './index.scss'

function Turnout({ r }: { r: RosterOutput }) {
  const sum = (k: 'signedUp' | 'attended') => r.turnout.reduce((s, t) => s + t[k], 0)
  return (
    <View className='roster__table'>
      {[{ unit: '部门', signedUp: '报名人数', attended: '实到人数' }, ...r.turnout, { unit: '合计', signedUp: sum('signedUp'), attended: sum('attended') }].map((t, i) => (
        <View key={`${t.unit}-${i}`} className={`roster__tr${i === 0 ? ' roster__tr--head' : ''}`}>
          <Text className='roster__td roster__td--unit'>{t.unit}</Text>
          <Text className='roster__td'>{t.signedUp}</Text>
          <Text className='roster__td'>{t.attended}</Text>
        </View>
      ))}
    </View>
  )
}

/** 名单与签到 (officer): who is in and who waits, answers, attendance marks, the on-site code, export. */
export default function ActivityRoster() {
  const id = useRouter().params.id ?? ''
  const roster = useAction('activity', 'roster', { id }, [id])
  const mark = useMutation('activity', 'attendance')
  const exporting = useMutation('activity', 'export')
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
  const exportXlsx = async () => {
    const res = await exporting.run({ id })
    if (res.ok) await openExport(res.data)
  }

  const line = (e: RosterEntry) => [e.unit, batchLabel(e.batch), ...(r?.activity.fields ?? []).map((f) => answerText(e.answers[f.key])).filter(Boolean)].filter(Boolean).join(' · ')

  return (
    <View className='page roster'>
      <LoadState loading={roster.loading && !roster.data} error={roster.error} onRetry={roster.reload}>
        {r && (
          <>
            <Card title={r.activity.title} extra={spotsText(r.activity)}>
              <View className='roster__actions'>
                <Button className='btn btn--small' onClick={showCode}>
                  现场签到码
                </Button>
                <Button className='btn btn--small btn--ghost' disabled={exporting.running} onClick={exportXlsx}>
                  {exporting.running ? '正在导出…' : '导出 Excel'}
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
              {(codeError || exporting.error || mark.error) && <Text className='error-text'>{codeError ?? exporting.error?.message ?? mark.error?.message}</Text>}
            </Card>
            <Card title='各部门到场'>
              <Turnout r={r} />
            </Card>
            <Card title={`已报名 ${r.confirmed.length}`} extra='点右侧记到场'>
              {r.confirmed.length === 0 && <Text className='hint'>还没有人报名</Text>}
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
          </>
        )}
      </LoadState>
    </View>
  )
}
