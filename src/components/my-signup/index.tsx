import { Text, View } from '@tarojs/components'
import type { Activity, MySignup } from '../../../types/activity'
import { answerText, myStatusText } from '../../lib/activity-text'
import { shortWhen } from '../../lib/beijing'
import './index.scss'

export interface MySignupProps {
  activity: Activity
}

/** The big line: 已报名 / 候补第N位, and the lottery's and the offer's own words. */
function statusText(a: Activity, m: MySignup): string {
  if (m.attended) return myStatusText(m)
  if (m.status === 'entered') return '待抽签'
  if (m.status === 'offered') return '候补转正，请确认'
  if (a.allocation === 'lottery' && m.status === 'confirmed' && a.draw?.winners?.includes(m.ticket ?? '')) return '已抽中'
  return myStatusText(m)
}

function noteText(a: Activity, m: MySignup): string {
  if (m.attended) return '感谢参加！'
  if (m.status === 'entered') return `报名截止（${shortWhen(a.signupClosesAt)}）后统一抽签，结果出来会显示在这里。`
  if (m.status === 'offered') return `有人放弃了名额，轮到你了。请在 ${m.offerExpiresAt ? shortWhen(m.offerExpiresAt) : ''}（北京时间）前点“确认参加”，逾期名额顺延给下一位候补。`
  if (m.status === 'confirmed') return '请准时参加，活动开始前一天会提醒您。'
  return a.allocation === 'lottery' ? '有人放弃时按抽签顺序递补，递补成功会通知您。' : '有人取消时按报名顺序递补，递补成功会通知您。'
}

/** My entry: 已报名 / 候补第N位 / 待抽签 / 已抽中 in large type, the batch I chose and what I answered. */
export function MySignupView({ activity: a }: MySignupProps) {
  const m = a.mine
  if (!m) return null
  const batch = a.batches.find((b) => b.key === m.batch)
  const answered = a.fields.filter((f) => m.answers[f.key] !== undefined && f.type !== 'companions')
  return (
    <View className={`my-signup my-signup--${m.attended ? 'attended' : m.status}`}>
      <Text className='my-signup__status'>{statusText(a, m)}</Text>
      {m.waitReason && <Text className='my-signup__why'>为什么候补：{m.waitReason}</Text>}
      <Text className='my-signup__note'>{noteText(a, m)}</Text>
      {m.proxyBy && <Text className='my-signup__line'>由{m.proxyBy}代报</Text>}
      {m.companions ? <Text className='my-signup__line'>人数：本人+{m.companions}</Text> : null}
      {batch && <Text className='my-signup__line'>场次：{batch.label}</Text>}
      {answered.map((f) => (
        <Text key={f.key} className='my-signup__line'>
          {f.label}：{answerText(m.answers[f.key])}
        </Text>
      ))}
    </View>
  )
}
