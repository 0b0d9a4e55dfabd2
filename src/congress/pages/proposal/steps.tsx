import { useState } from 'react'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { DECISION_LABELS, RATING_LABELS, type Decision, type Proposal, type Rating } from '../../../../types/congress'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { Field, SwitchField } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { beijingDatePlus, fromBeijing } from '../../../lib/beijing'

export interface StepProps {
  proposal: Proposal
  onDone: (next: Proposal) => void
}

const DECISIONS = (Object.keys(DECISION_LABELS) as Decision[]).map((value) => ({ value, label: DECISION_LABELS[value] }))
const RATINGS = (Object.keys(RATING_LABELS) as Rating[]).map((value) => ({ value, label: RATING_LABELS[value] }))

/** Says the server's answer: a toast when done, the reason when not. */
function said(r: { ok: true; data: Proposal } | { ok: false; error: { message: string } }, done: string, onDone: (p: Proposal) => void) {
  if (!r.ok) return void Taro.showModal({ title: '没有成功', content: r.error.message, showCancel: false })
  Taro.showToast({ title: done, icon: 'none' })
  onDone(r.data)
}

export function SecondStep({ proposal, onDone }: StepProps) {
  const second = useMutation('congress', 'second')
  return (
    <Button className='btn proposal__second' disabled={second.running} onClick={async () => said(await second.run({ id: proposal.id }), '已附议', onDone)}>
      {second.running ? '正在附议…' : '我附议'}
    </Button>
  )
}

/**
 * 提案委员会审查: 立案 (the form suggests a department and a due date; either may be left 待定),
 * 不立案 with the reason, or 合并 into another.
 */
export function DecideStep({ proposal, onDone }: StepProps) {
  const decide = useMutation('congress', 'decide')
  const [decision, setDecision] = useState<Decision>('accepted')
  const [reason, setReason] = useState('')
  const [department, setDepartment] = useState('')
  const [due, setDue] = useState(() => beijingDatePlus(30))
  const [hasDue, setHasDue] = useState(true)
  const [into, setInto] = useState('')
  const send = async () => {
    const base = { id: proposal.id, decision, reason }
    const accepted = { ...(department.trim() ? { department } : {}), ...(hasDue ? { dueAt: fromBeijing(due, '23:59') } : {}) }
    const extra = decision === 'accepted' ? accepted : decision === 'merged' ? { mergedInto: Number(into) || undefined } : {}
    said(await decide.run({ ...base, ...extra }), '已记录审查意见', onDone)
  }
  return (
    <Card title='提案委员会审查'>
      <ChipGroup options={DECISIONS} value={[decision]} onChange={([d]) => setDecision(d)} />
      <Field label={decision === 'rejected' ? '不立案的理由（公开，作为建议答复）' : '立案意见（公开）'}>
        <Textarea className='textarea' value={reason} maxlength={1000} onInput={(e) => setReason(e.detail.value)} />
      </Field>
      {decision === 'accepted' && (
        <>
          <Field label='承办部门' hint='还没定可以先不填，页面显示「待定」'>
            <Input className='input' value={department} placeholder='例如：后勤处' onInput={(e) => setDepartment(e.detail.value)} />
          </Field>
          <SwitchField label='定下答复期限' checked={hasDue} onChange={setHasDue} />
          {hasDue && (
            <Field label='答复期限' inline>
              <Picker mode='date' value={due} onChange={(e) => setDue(String(e.detail.value))}>
                <View className='input proposal__date'>{due}</View>
              </Picker>
            </Field>
          )}
        </>
      )}
      {decision === 'merged' && (
        <Field label='合并到第几号提案'>
          <Input className='input' type='number' value={into} onInput={(e) => setInto(e.detail.value)} />
        </Field>
      )}
      <Button className='btn' disabled={decide.running} onClick={send}>
        {decide.running ? '正在记录…' : '记录审查意见'}
      </Button>
    </Card>
  )
}

export function AnswerStep({ proposal, onDone }: StepProps) {
  const answer = useMutation('congress', 'answer')
  const [text, setText] = useState('')
  return (
    <Card title={proposal.reopened ? '登记第二次答复' : '登记承办部门的答复'}>
      <Textarea className='textarea' value={text} maxlength={3000} placeholder='承办部门的答复原文' onInput={(e) => setText(e.detail.value)} />
      <Button className='btn proposal__send' disabled={answer.running} onClick={async () => said(await answer.run({ id: proposal.id, answer: text }), '答复已登记', onDone)}>
        {answer.running ? '正在登记…' : '登记答复'}
      </Button>
    </Card>
  )
}

export function RateStep({ proposal, onDone }: StepProps) {
  const rate = useMutation('congress', 'rate')
  const [comment, setComment] = useState('')
  const send = async (rating: Rating) => said(await rate.run({ id: proposal.id, rating, ...(comment.trim() ? { comment } : {}) }), '谢谢你的评价', onDone)
  return (
    <Card title='你对答复满意吗'>
      <Text className='hint'>{proposal.reopened ? '这是第二次答复，评价后就结案了。' : '选“不满意”，提案会退回承办部门重新答复一次。'}</Text>
      <Textarea className='textarea proposal__comment' value={comment} maxlength={500} placeholder='意见（可不填）' onInput={(e) => setComment(e.detail.value)} />
      <View className='proposal__ratings'>
        {RATINGS.map((r) => (
          <Button key={r.value} className='btn btn--ghost' disabled={rate.running} onClick={() => void send(r.value)}>
            {r.label}
          </Button>
        ))}
      </View>
    </Card>
  )
}
