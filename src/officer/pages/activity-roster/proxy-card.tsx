import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Activity } from '../../../../types/activity'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { useAction, useMutation } from '../../../hooks/use-action'

export interface ProxyCardProps {
  activity: Pick<Activity, 'id' | 'title'>
  onDone: () => void
}

/** 代报: find a member who has not signed up (no phone, say) by name and sign them up; the roster marks it. */
export function ProxyCard({ activity, onDone }: ProxyCardProps) {
  const got = useAction('activity', 'unsigned', { id: activity.id }, [activity.id])
  const run = useMutation('activity', 'signupFor')
  const [q, setQ] = useState('')
  const found = q.trim() ? (got.data?.items ?? []).filter((m) => m.name.includes(q.trim())).slice(0, 5) : []

  const signUp = async (m: { memberId: string; name: string; unit: string }) => {
    if (!(await confirm({ title: `替${m.name}报名？`, content: `名单上会注明由您代报。${m.name}以后用手机打开也能看到这个报名。`, confirmText: '代报', cancelText: '再想想' }))) return
    const res = await run.run({ id: activity.id, memberId: m.memberId })
    if (!res.ok) return
    const s = res.data.status
    Taro.showToast({ title: `${m.name}：${s === 'confirmed' ? '已报名' : s === 'entered' ? '已报名，等待抽签' : `候补第${res.data.position}位`}`, icon: 'none' })
    setQ('')
    void got.reload()
    onDone()
  }

  return (
    <Card title='代报' extra='替没有手机的老师报名'>
      <Input className='input roster__proxy-search' value={q} maxlength={20} placeholder='输入姓名查找未报名的老师' onInput={(e) => setQ(e.detail.value)} />
      {q.trim() && found.length === 0 && <Text className='hint'>没有找到未报名的“{q.trim()}”</Text>}
      {found.map((m) => (
        <View key={m.memberId} className='roster__person'>
          <View className='roster__who'>
            <Text className='roster__name'>{m.name}</Text>
            <Text className='roster__line'>{m.unit}</Text>
          </View>
          <Button className='btn btn--small roster__proxy-btn' disabled={run.running} onClick={() => signUp(m)}>
            代报
          </Button>
        </View>
      ))}
      {run.error && <Text className='error-text'>{run.error.message}</Text>}
    </Card>
  )
}
