import { Input, Text } from '@tarojs/components'
import type { Activity } from '../../../../types/activity'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { Field } from '../../../components/field'

/** The form's settings of how places are given: typed text, turned into numbers when sent. */
export interface AllocationDraft {
  allocation: 'first-come' | 'lottery'
  /** 抽签优先: the last N lotteries looked back on; '' for none */
  lastN: string
  /** hours to confirm an offer from the waitlist; '' for none (promoted at once) */
  offerHours: string
}

export const allocationDraftOf = (a?: Activity): AllocationDraft => ({
  allocation: a?.allocation ?? 'first-come',
  lastN: a?.priority ? String(a.priority.lastN) : '',
  offerHours: a?.offerHours ? String(a.offerHours) : ''
})

const num = (s: string) => (Number.isNaN(Number(s)) ? s : Number(s))

/** What the draft adds to create (everything) or update (only offerHours: a lottery stays a lottery). */
export function allocationPayload(d: AllocationDraft, editing: boolean): Record<string, unknown> {
  const offer = d.offerHours.trim() ? { offerHours: num(d.offerHours.trim()) } : editing ? { offerHours: null } : {}
  if (editing) return offer
  const lottery = d.allocation === 'lottery' ? { allocation: 'lottery', ...(d.lastN.trim() ? { priority: { lastN: num(d.lastN.trim()) } } : {}) } : {}
  return { ...lottery, ...offer }
}

const CHOICES = [
  { value: 'first-come' as const, label: '先到先得' },
  { value: 'lottery' as const, label: '报名后抽签' }
]

export interface AllocationCardProps {
  value: AllocationDraft
  editing: boolean
  onChange: (v: AllocationDraft) => void
}

/** 名额分配: first-come or a lottery (with its priority), and how long a promoted member has to confirm. */
export function AllocationCard({ value: d, editing, onChange }: AllocationCardProps) {
  const set = (k: keyof AllocationDraft, v: string) => onChange({ ...d, [k]: v })
  return (
    <Card title='名额分配'>
      {editing ? (
        <Text className='hint'>{d.allocation === 'lottery' ? '报名后抽签（发布后不能改）' : '先到先得（发布后不能改）'}</Text>
      ) : (
        <ChipGroup options={CHOICES} value={[d.allocation]} onChange={([v]) => v && set('allocation', v)} />
      )}
      {d.allocation === 'lottery' && (
        <>
          <Text className='hint activity-edit__hint'>报名截止后由您点“抽签分配名额”，结果公开、会员可在手机上验证；没抽中的按抽签顺序候补。抽签的活动不分批。</Text>
          {!editing && (
            <Field label='没抽中的优先' hint='近几次抽签都没抽中的会员优先，不填为不设'>
              <Input className='input activity-edit__last-n' type='number' value={d.lastN} placeholder='近几次，如 2' onInput={(e) => set('lastN', e.detail.value)} />
            </Field>
          )}
        </>
      )}
      <Field label='递补确认时限（小时）' hint='候补转正后须在时限内确认，逾期顺延给下一位；不填为直接转正'>
        <Input className='input activity-edit__offer-hours' type='number' value={d.offerHours} placeholder='如 24' onInput={(e) => set('offerHours', e.detail.value)} />
      </Field>
    </Card>
  )
}
