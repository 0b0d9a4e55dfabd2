import { Text, View } from '@tarojs/components'
import type { Activity } from '../../../types/activity'
import { answerText, myStatusText } from '../../lib/activity-text'
import './index.scss'

export interface MySignupProps {
  activity: Activity
}

/** My entry: 已报名 or 候补第N位 in large type, the batch I chose and what I answered. */
export function MySignupView({ activity: a }: MySignupProps) {
  const m = a.mine
  if (!m) return null
  const batch = a.batches.find((b) => b.key === m.batch)
  const answered = a.fields.filter((f) => m.answers[f.key] !== undefined)
  return (
    <View className={`my-signup my-signup--${m.attended ? 'attended' : m.status}`}>
      <Text className='my-signup__status'>{myStatusText(m)}</Text>
      {m.waitReason && <Text className='my-signup__why'>为什么候补：{m.waitReason}</Text>}
      <Text className='my-signup__note'>{m.attended ? '感谢参加！' : m.status === 'confirmed' ? '请准时参加，活动开始前一天会提醒您。' : '有人取消时按报名顺序递补，递补成功会通知您。'}</Text>
      {batch && <Text className='my-signup__line'>场次：{batch.label}</Text>}
      {answered.map((f) => (
        <Text key={f.key} className='my-signup__line'>
          {f.label}：{answerText(m.answers[f.key])}
        </Text>
      ))}
    </View>
  )
}
