import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MemberListItem } from '../../../../types/member'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { confirm } from '../../../components/confirm'
import { Field } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { beijingDate } from '../../../lib/beijing'

const REASONS = ['调离本校', '退休退会', '本人退会', '去世'].map((r) => ({ value: r, label: r }))

export interface StatusCardProps {
  member: MemberListItem
  onChanged: (next: MemberListItem) => void
}

/** 会员状态: deactivate a member who left (out of every notice, activity and greeting), or reactivate them. */
export function StatusCard({ member, onChanged }: StatusCardProps) {
  const [reason, setReason] = useState('')
  const deactivate = useMutation('member', 'deactivate')
  const reactivate = useMutation('member', 'reactivate')
  const keepCode = (next: MemberListItem) => onChanged(member.inviteCode ? { ...next, inviteCode: member.inviteCode } : next)

  const stop = async () => {
    const ok = await confirm({
      title: `停用${member.name}？`,
      content: `原因：${reason.trim() || '未填写'}。停用后不再收到通知、祝福，不能报名活动；随时可以恢复。`,
      confirmText: '停用'
    })
    if (!ok) return
    const res = await deactivate.run({ memberId: member.id, reason })
    if (!res.ok) return
    Taro.showToast({ title: '已停用', icon: 'success' })
    setReason('')
    keepCode(res.data.member)
  }
  const restore = async () => {
    if (!(await confirm({ title: `恢复${member.name}？`, content: '恢复后重新收到通知和祝福，可以报名活动。', confirmText: '恢复' }))) return
    const res = await reactivate.run({ memberId: member.id })
    if (!res.ok) return
    Taro.showToast({ title: '已恢复', icon: 'success' })
    keepCode(res.data.member)
  }

  if (member.inactive) {
    return (
      <Card title='会员状态'>
        <Text className='members__status'>
          已停用：{member.inactive.reason}（{beijingDate(member.inactive.at)}）
        </Text>
        <Text className='hint'>不在任何通知、活动和祝福的范围内。停用错了，点“恢复会员”即可。</Text>
        {reactivate.error && <Text className='error-text members__error'>{reactivate.error.message}</Text>}
        <Button className='btn' disabled={reactivate.running} onClick={restore}>
          {reactivate.running ? '恢复中…' : '恢复会员'}
        </Button>
      </Card>
    )
  }
  return (
    <Card title='会员状态'>
      <Text className='hint'>调离、退会或去世的会员可以停用：不再算进通知、活动和祝福。资料都保留，随时可以恢复。</Text>
      <Field label='停用原因'>
        <ChipGroup options={REASONS} value={[reason]} onChange={([r]) => setReason(r)} />
        <Input className='input members__reason' value={reason} placeholder='或填写其他原因' maxlength={50} onInput={(e) => setReason(e.detail.value)} />
      </Field>
      {deactivate.error && <Text className='error-text members__error'>{deactivate.error.message}</Text>}
      <View className='members__danger'>
        <Button className='btn btn--ghost' disabled={deactivate.running} onClick={stop}>
          {deactivate.running ? '停用中…' : '停用会员'}
        </Button>
      </View>
    </Card>
  )
}
