import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { COMPANIONS_MAX, numberRangeText, numberRule, type Answer, type Answers, type BatchView, type LinkedCompetition, type SignupField, type SignupOutlook } from '../../../types/activity'
import { ChipGroup } from '../chip-group'
import { EventChoice } from '../event-choice'
import { Field } from '../field'
import './index.scss'

export interface SignupFormProps {
  fields: SignupField[]
  /** The sessions to pick from; empty when the activity has none. */
  batches: BatchView[]
  /** What the server says 报名 would give, per batch (one entry when there are none). */
  outlook: SignupOutlook[]
  submitting: boolean
  /** A lottery: 报名 enters the draw (the button says so). */
  lottery?: boolean
  /** A sports day: the linked competition, whose events the member picks as 参赛项目. */
  competition?: LinkedCompetition
  onSubmit: (v: { answers: Answers; batch?: string; events?: string[] }) => void
}

const batchNote = (b: BatchView) => (b.capacity === null ? `已报 ${b.confirmed}` : `${b.confirmed}/${b.capacity}${b.waitlisted ? ` 候补${b.waitlisted}` : ''}`)

/** The sign-up form: pick a batch, answer the activity's questions; the server checks them. */
export function SignupForm({ fields, batches, outlook, submitting, lottery, competition, onSubmit }: SignupFormProps) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({})
  const [events, setEvents] = useState<string[]>([])
  const [batch, setBatch] = useState<string>()
  const set = (key: string, v: Answer | undefined) =>
    setAnswers((a) => {
      const next = { ...a }
      if (v === undefined || v === '') delete next[key]
      else next[key] = v
      return next
    })

  const submit = () => onSubmit({ answers, ...(batch ? { batch } : {}), ...(events.length ? { events } : {}) })
  // the outlook of the chosen batch; before a batch is chosen there is nothing to say yet
  const now = batches.length ? outlook.find((o) => o.batch === batch) : outlook[0]

  return (
    <View className='signup-form'>
      {batches.length > 0 && (
        <Field label='选择场次' required>
          <ChipGroup options={batches.map((b) => ({ value: b.key, label: `${b.label}（${batchNote(b)}）` }))} value={batch ? [batch] : []} onChange={([v]) => setBatch(v)} />
        </Field>
      )}
      {competition && competition.events.length > 0 && (
        <Field label='参赛项目' hint={`${competition.title}：可多选，不选则只报名参加活动`} className='signup-form__field--events'>
          <EventChoice competition={competition} value={events} onChange={setEvents} />
        </Field>
      )}
      {fields.map((f) => (
        <Field
          key={f.key}
          label={f.label}
          required={f.required}
          hint={f.type === 'number' ? `请填写 ${numberRangeText(f)}` : f.type === 'companions' ? `不含本人，最多 ${f.max ?? COMPANIONS_MAX} 人；同行的人也占名额` : undefined}
          className={`signup-form__field--${f.key}`}
        >
          {f.type === 'text' && <Input className='input' value={(answers[f.key] as string) ?? ''} maxlength={200} placeholder={`请填写${f.label}`} onInput={(e) => set(f.key, e.detail.value)} />}
          {f.type === 'number' && (
            <Input
              className='input'
              // a keypad of digits; the decimal point only where the officer allows fractions
              type={numberRule(f).integer ? 'number' : 'digit'}
              value={answers[f.key] === undefined ? '' : String(answers[f.key])}
              placeholder={`${numberRule(f).min}–${numberRule(f).max}`}
              onInput={(e) => set(f.key, e.detail.value === '' ? undefined : Number.isNaN(Number(e.detail.value)) ? e.detail.value : Number(e.detail.value))}
            />
          )}
          {f.type === 'companions' && (
            <ChipGroup
              options={Array.from({ length: (f.max ?? COMPANIONS_MAX) + 1 }, (_, n) => ({ value: String(n), label: n ? `${n} 人` : '不带' }))}
              value={[String(answers[f.key] ?? 0)]}
              onChange={([v]) => set(f.key, v === undefined || v === '0' ? undefined : Number(v))}
            />
          )}
          {(f.type === 'single' || f.type === 'multiple') && (
            <ChipGroup
              options={(f.options ?? []).map((o) => ({ value: o, label: o }))}
              multiple={f.type === 'multiple'}
              value={f.type === 'single' ? (answers[f.key] ? [answers[f.key] as string] : []) : ((answers[f.key] as string[]) ?? [])}
              onChange={(v) => set(f.key, f.type === 'single' ? v[0] : v.length ? v : undefined)}
            />
          )}
        </Field>
      ))}
      {now && now.status !== 'confirmed' && <Text className='hint signup-form__outlook'>{now.reason}</Text>}
      <Button className='btn signup-form__submit' disabled={submitting || now?.status === 'full'} onClick={submit}>
        {submitting ? '提交中…' : lottery ? '报名参加抽签' : now?.status === 'waitlisted' ? '报名候补' : '报名'}
      </Button>
    </View>
  )
}
