import { useState } from 'react'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { SuggestionStatus, TimelineStep } from '../../../../types/suggestion'
import type { ReplyInput } from '../../../../types/suggestion-desk'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { Field } from '../../../components/field'
import { LoadState } from '../../../components/load-state'
import { SuggestionItem } from '../../../components/suggestion-item'
import { useAction, useMutation } from '../../../hooks/use-action'
import { beijingDatePlus, STATUS_LABELS } from '../../../lib/suggestion-text'
import { useRequestId } from '../../../lib/request-id'
import { RedactCard } from './redact'
import { StepActions, StepEditor } from './step-fix'
import './index.scss'

const STEPS: SuggestionStatus[] = ['received', 'forwarded', 'adopted', 'rejected', 'done']
const DEPARTMENTS = ['教务处', '后勤处', '校办', '德育处', '工会']
const DUE = [
  { days: 3, label: '3 天后' },
  { days: 7, label: '一周后' },
  { days: 14, label: '两周后' }
]

/** A key for one filled-in step: a double tap or a retry sends the same key, so the step is recorded once. */

/** 办理: one dated step — reply, forward with a due date, adopt, reject with a reason, or mark done. */
export default function SuggestionHandle() {
  const number = (useRouter().params.number ?? '').toUpperCase()
  // the server finds it by its number: the page does not work out which month a number is in
  const got = useAction('suggestion', 'inbox', { number }, [number])
  const item = got.data?.items.find((i) => i.number === number)
  const [status, setStatus] = useState<SuggestionStatus>()
  const [forwardedTo, setForwardedTo] = useState('')
  const [dueDate, setDueDate] = useState('')
  const [reply, setReply] = useState('')
  const [requestId, renewRequestId] = useRequestId('step-')
  const [fixing, setFixing] = useState<TimelineStep>()
  const save = useMutation('suggestion', 'reply')
  const chosen = status ?? item?.status ?? 'received'

  const send = async () => {
    const payload: ReplyInput = { number, status: chosen, requestId }
    if (reply.trim()) payload.reply = reply
    if (chosen === 'forwarded' && forwardedTo.trim()) payload.forwardedTo = forwardedTo
    if ((chosen === 'forwarded' || chosen === 'adopted') && dueDate) payload.dueDate = dueDate
    const res = await save.run(payload)
    if (!res.ok) return
    Taro.showToast({ title: '已记录', icon: 'none' })
    // the next step starts blank: a forward's due date must not ride along on an adoption
    setStatus(undefined)
    setForwardedTo('')
    setDueDate('')
    setReply('')
    renewRequestId()
    void got.reload()
  }
  const closeFix = (saved: boolean) => {
    setFixing(undefined)
    if (saved) void got.reload()
  }

  return (
    <View className='page handle'>
      <LoadState state={got}>
        {got.data && !item && <Text className='error-text'>找不到号码 {number} 的建议</Text>}
        {item && (
          <Card title='建议'>
            <SuggestionItem item={item} stepExtra={(s) => <StepActions item={item} step={s} onEdit={setFixing} onDone={() => void got.reload()} />} />
          </Card>
        )}
        {item?.publishesAt && <RedactCard item={{ ...item, publishesAt: item.publishesAt }} onDone={() => void got.reload()} />}
        {item && fixing && <StepEditor key={fixing.id} number={number} step={fixing} onClose={closeFix} />}
        {item && !fixing && (
          <Card title='下一步'>
            <ChipGroup options={STEPS.map((s) => ({ value: s, label: s === item.status ? `${STATUS_LABELS[s]}（补充答复）` : STATUS_LABELS[s] }))} value={[chosen]} onChange={([s]) => setStatus(s)} />
            {chosen === 'forwarded' && (
              <Field label='转交部门'>
                <ChipGroup options={DEPARTMENTS.map((d) => ({ value: d, label: d }))} value={[forwardedTo]} onChange={([d]) => setForwardedTo(d)} />
                <Input className='input handle__input' value={forwardedTo} placeholder='或填写其他部门' onInput={(e) => setForwardedTo(e.detail.value)} />
              </Field>
            )}
            {(chosen === 'forwarded' || chosen === 'adopted') && (
              <Field label={chosen === 'forwarded' ? '办理期限（必填）' : '落实期限（可选）'}>
                <ChipGroup options={DUE.map((d) => ({ value: beijingDatePlus(d.days), label: d.label }))} value={[dueDate]} onChange={([d]) => setDueDate(d)} />
                <Picker mode='date' value={dueDate} onChange={(e) => setDueDate(e.detail.value)}>
                  <View className='input handle__date'>{dueDate || '或选择日期'}</View>
                </Picker>
              </Field>
            )}
            <Field label={chosen === 'rejected' ? '不采纳的理由（必填，公开）' : '答复（公开显示在公开栏）'}>
              <Textarea className='textarea handle__reply' value={reply} maxlength={1000} onInput={(e) => setReply(e.detail.value)} />
            </Field>
            {save.error && <Text className='error-text handle__error'>{save.error.message}</Text>}
            <Button className='btn' disabled={save.running} onClick={send}>
              {save.running ? '记录中…' : '记录这一步'}
            </Button>
          </Card>
        )}
      </LoadState>
    </View>
  )
}
