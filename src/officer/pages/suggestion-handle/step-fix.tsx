import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DeskItem, TimelineStep } from '../../../../types/suggestion'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { Field } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { STATUS_LABELS } from '../../../lib/suggestion-text'

/** 修改 / 撤回 under a step the server says may still change (recorded today). */
export function StepActions({ item, step, onEdit, onDone }: { item: DeskItem; step: TimelineStep; onEdit: (s: TimelineStep) => void; onDone: () => void }) {
  const withdraw = useMutation('suggestion', 'withdrawStep')
  if (!step.id || !item.changeableSteps.includes(step.id)) return null
  const take = async () => {
    const ok = await confirm({ title: `撤回「${STATUS_LABELS[step.status]}」这一步？`, content: '撤回后公开栏上不再显示这一步，状态回到上一步。只能在记录当天撤回。', confirmText: '撤回' })
    if (!ok) return
    const res = await withdraw.run({ number: item.number, stepId: step.id as string })
    Taro.showToast({ title: res.ok ? '已撤回' : res.error.message, icon: 'none' })
    if (res.ok) onDone()
  }
  return (
    <View className='handle__step-actions'>
      <Text className='link handle__step-edit' onClick={() => onEdit(step)}>
        修改
      </Text>
      <Text className='link handle__step-withdraw' onClick={take}>
        {withdraw.running ? '撤回中…' : '撤回'}
      </Text>
      <Text className='hint'>今天记录的，当天可改</Text>
    </View>
  )
}

/** Corrects a step's public text (and its department, for a forward) in place. */
export function StepEditor({ number, step, onClose }: { number: string; step: TimelineStep; onClose: (saved: boolean) => void }) {
  const [reply, setReply] = useState(step.note ?? '')
  const [department, setDepartment] = useState(step.department ?? '')
  const edit = useMutation('suggestion', 'editStep')
  const save = async () => {
    const payload: { number: string; stepId: string; reply: string; forwardedTo?: string } = { number, stepId: step.id as string, reply }
    if (step.status === 'forwarded') payload.forwardedTo = department
    const res = await edit.run(payload)
    if (!res.ok) return
    Taro.showToast({ title: '已修改', icon: 'none' })
    onClose(true)
  }
  return (
    <Card title={`修改「${STATUS_LABELS[step.status]}」这一步`}>
      {step.status === 'forwarded' && (
        <Field label='转交部门'>
          <Input className='input handle__input handle__fix-department' value={department} onInput={(e) => setDepartment(e.detail.value)} />
        </Field>
      )}
      <Field label='答复（公开显示在公开栏）'>
        <Textarea className='textarea handle__reply handle__fix-reply' value={reply} maxlength={1000} onInput={(e) => setReply(e.detail.value)} />
      </Field>
      {edit.error && <Text className='error-text handle__error'>{edit.error.message}</Text>}
      <Button className='btn handle__fix-save' disabled={edit.running} onClick={save}>
        {edit.running ? '保存中…' : '保存修改'}
      </Button>
      <Button className='btn btn--ghost' onClick={() => onClose(false)}>
        不改了
      </Button>
    </Card>
  )
}
