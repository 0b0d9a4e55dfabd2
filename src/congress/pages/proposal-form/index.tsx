import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { BoardItem } from '../../../../types/suggestion'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { Field } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { useRequestId } from '../../../lib/request-id'
import { SuggestionPick } from './suggestion-pick'
import './index.scss'

const CATEGORIES = ['教学', '后勤', '福利', '管理', '其他'].map((c) => ({ value: c, label: c }))

/** 提交提案 (代表): 案由, 理由, 建议措施, a category, and optionally a suggestion taken up from the box. */
export default function ProposalForm() {
  const meetingId = useRouter().params.meetingId ?? ''
  const submit = useMutation('congress', 'submit')
  // one key per form: a retry after a timeout submits it once
  const [requestId] = useRequestId('p')
  const [title, setTitle] = useState('')
  const [reason, setReason] = useState('')
  const [measures, setMeasures] = useState('')
  const [category, setCategory] = useState('其他')
  const [from, setFrom] = useState<BoardItem>()
  const [picking, setPicking] = useState(false)

  const pick = (s: BoardItem) => {
    setFrom(s)
    setPicking(false)
    if (!reason.trim()) setReason(s.content)
  }
  const send = async () => {
    const r = await submit.run({ meetingId, title, reason, measures, category, requestId: requestId, ...(from ? { fromSuggestion: from.number } : {}) })
    if (!r.ok) return
    Taro.showToast({ title: r.data.status === 'seeking' ? '已提交，等待代表附议' : '已提交', icon: 'none' })
    void Taro.redirectTo({ url: `/congress/pages/proposal/index?id=${r.data.id}` })
  }

  return (
    <View className='page proposal-form'>
      <Card>
        <Field label='案由' required hint='一句话说明要解决什么，例如：关于改善教工午餐的提案'>
          <Input className='input' value={title} maxlength={60} onInput={(e) => setTitle(e.detail.value)} />
        </Field>
        <Field label='类别'>
          <ChipGroup options={CATEGORIES} value={[category]} onChange={([c]) => setCategory(c)} />
        </Field>
        <Field label='理由' required>
          <Textarea className='textarea' value={reason} maxlength={3000} onInput={(e) => setReason(e.detail.value)} />
        </Field>
        <Field label='建议措施' required>
          <Textarea className='textarea' value={measures} maxlength={3000} onInput={(e) => setMeasures(e.detail.value)} />
        </Field>
        {from ? (
          <View className='proposal-form__from'>
            <Text className='hint'>
              来自建议箱 {from.number} 号：{from.content}
            </Text>
            <Text className='link' onClick={() => setFrom(undefined)}>
              不引用
            </Text>
          </View>
        ) : (
          !picking && (
            <Button className='btn btn--ghost proposal-form__pick' onClick={() => setPicking(true)}>
              从建议箱选取
            </Button>
          )
        )}
      </Card>
      {picking && <SuggestionPick onPick={pick} onClose={() => setPicking(false)} />}
      {submit.error && <Text className='error-text proposal-form__error'>{submit.error.message}</Text>}
      <Button className='btn' disabled={submit.running || !title.trim() || !reason.trim() || !measures.trim()} onClick={send}>
        {submit.running ? '正在提交…' : '提交提案'}
      </Button>
      <Text className='hint proposal-form__note'>提交后需其他代表附议，附议人数够了由提案委员会审查。</Text>
    </View>
  )
}
