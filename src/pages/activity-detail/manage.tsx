import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Activity } from '../../../types/activity'
import { confirm } from '../../components/confirm'
import { DrawnImage } from '../../components/poster'
import { useMutation } from '../../hooks/use-action'

export interface ManageRowProps {
  activity: Activity
  onChanged: () => void
}

const go = (url: string) => () => Taro.navigateTo({ url })

/** Officers' row: roster, edit, and the two that can't be undone (取消活动 with a reason; 删除 while nobody signed up). */
export function ManageRow({ activity: a, onChanged }: ManageRowProps) {
  const callOff = useMutation('activity', 'cancelActivity')
  const remove = useMutation('activity', 'remove')
  const draw = useMutation('activity', 'drawPlaces')
  const poster = useMutation('activity', 'poster')
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  const nobody = a.confirmed + a.waitlisted + (a.entered ?? 0) === 0
  // the server says when the draw may be made (after the close, once the keyholders have revealed)
  const canDraw = a.allocation === 'lottery' && Boolean(a.draw?.ready?.can)

  const doDraw = async () => {
    if (!(await confirm({ title: '现在抽签？', content: `${a.entered ?? 0} 人报名，${a.capacity ?? '不限'} 个名额。抽签结果公开可验证，抽完不能重抽。`, confirmText: '抽签', cancelText: '再想想' })))
      return
    const res = await draw.run({ id: a.id })
    Taro.showToast({ title: res.ok ? `已抽签：${res.data.winners} 人抽中` : res.error.message, icon: 'none' })
    if (res.ok) onChanged()
  }

  const doCallOff = async () => {
    const told = nobody ? '' : `已报名的 ${a.confirmed + a.waitlisted} 人会收到通知，`
    if (!(await confirm({ title: '取消这个活动？', content: `${told}取消后不能再报名，也不能恢复。`, confirmText: '取消活动', cancelText: '再想想' }))) return
    const res = await callOff.run({ id: a.id, reason })
    if (!res.ok) return
    setAsking(false)
    Taro.showToast({ title: '活动已取消', icon: 'none' })
    onChanged()
  }

  const doRemove = async () => {
    if (!(await confirm({ title: '删除这个活动？', content: '删除后无法恢复。', confirmText: '删除', cancelText: '再想想' }))) return
    const res = await remove.run({ id: a.id })
    Taro.showToast({ title: res.ok ? '活动已删除' : res.error.message, icon: 'none' })
    if (res.ok) void Taro.navigateBack()
  }

  return (
    <View className='activity-detail__manage'>
      {canDraw && (
        <Button className='btn activity-detail__draw' disabled={draw.running} onClick={doDraw}>
          {draw.running ? '抽签中…' : '抽签分配名额'}
        </Button>
      )}
      <Button className='btn' onClick={go(`/officer/pages/activity-roster/index?id=${a.id}`)}>
        名单与签到
      </Button>
      {!a.cancelled && <DrawnImage label='生成海报' busyLabel='正在生成海报…' ghost make={() => poster.run({ id: a.id })} />}
      {!a.cancelled && (
        <Button className='btn btn--ghost' onClick={go(`/officer/pages/activity-edit/index?id=${a.id}`)}>
          编辑活动
        </Button>
      )}
      {!a.cancelled && !asking && (
        <Button className='btn btn--ghost' onClick={() => setAsking(true)}>
          取消活动
        </Button>
      )}
      {asking && (
        <View className='activity-detail__call-off'>
          <Input className='input' value={reason} maxlength={100} placeholder='取消原因（会告诉已报名的人），如 天气原因' onInput={(e) => setReason(e.detail.value)} />
          {callOff.error && <Text className='error-text'>{callOff.error.message}</Text>}
          <Button className='btn' disabled={callOff.running} onClick={doCallOff}>
            {callOff.running ? '取消中…' : '确认取消活动'}
          </Button>
          <Button className='btn btn--ghost' onClick={() => setAsking(false)}>
            不取消了
          </Button>
        </View>
      )}
      {nobody && (
        <Button className='btn btn--ghost' disabled={remove.running} onClick={doRemove}>
          删除活动
        </Button>
      )}
    </View>
  )
}
