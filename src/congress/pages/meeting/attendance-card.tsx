import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Meeting } from '../../../../types/congress'
import { Card } from '../../../components/card'
import { Tag } from '../../../components/tag'
import { useAction, useMutation } from '../../../hooks/use-action'

/** Refreshed this often while the page is open, so the hall sees the count rise. */
const LIVE_MS = 10_000

export interface AttendanceCardProps {
  meeting: Meeting
  onCheckedIn: () => void
}

/** 签到与出席: expected, present, how many make two thirds and whether they are here (live); a 代表's check-in by the code read out in the hall. */
export function AttendanceCard({ meeting, onCheckedIn }: AttendanceCardProps) {
  const att = useAction('congress', 'attendance', { meetingId: meeting.id }, [meeting.id])
  const checkin = useMutation('congress', 'checkin')
  const [code, setCode] = useState('')
  const { reload } = att
  useEffect(() => {
    const t = setInterval(() => void reload(), LIVE_MS)
    return () => clearInterval(t)
  }, [reload])

  const send = async () => {
    const r = await checkin.run({ meetingId: meeting.id, code: code.trim() })
    if (!r.ok) return void Taro.showToast({ title: r.error.message, icon: 'none' })
    Taro.showToast({ title: '已签到', icon: 'none' })
    void reload()
    onCheckedIn()
  }

  const a = att.data
  return (
    <Card title='签到与出席' extra={a ? <Tag tone={a.quorate ? 'ok' : 'warn'}>{a.quorate ? '已过三分之二' : '未过三分之二'}</Tag> : undefined}>
      {a && (
        <Text className='congress-meeting__count'>
          应到代表 {a.expected} 人，实到 {a.present} 人，需到 {a.quorum} 人
        </Text>
      )}
      <Text className='hint congress-meeting__rule'>实到代表达到应到的三分之二，会议方可举行。</Text>
      {meeting.code && (
        <View className='congress-meeting__code'>
          <Text className='hint'>今天的签到码（请在会场公布）</Text>
          <Text className='congress-meeting__code-value'>{meeting.code}</Text>
        </View>
      )}
      {meeting.checkedIn && <Tag tone='ok'>你已签到</Tag>}
      {!meeting.cannotCheckin && (
        <View className='congress-meeting__checkin'>
          <Input className='input' type='number' maxlength={4} placeholder='输入会场公布的 4 位签到码' value={code} onInput={(e) => setCode(e.detail.value)} />
          <Button className='btn' disabled={!code.trim() || checkin.running} onClick={send}>
            {checkin.running ? '正在签到…' : '签到'}
          </Button>
        </View>
      )}
      {meeting.cannotCheckin && !meeting.checkedIn && <Text className='hint'>{meeting.cannotCheckin}</Text>}
    </Card>
  )
}
