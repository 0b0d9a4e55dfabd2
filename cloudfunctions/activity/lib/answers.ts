import { COMPANIONS_MAX, numberRangeText, numberRule, type Answer, type Answers, type SignupField } from '../../../types/activity'
import { AppError } from '../../_shared/errors'

const bad = (f: SignupField, msg: string) => new AppError('BAD_REQUEST', `「${f.label}」${msg}`)

const isBlank = (v: Answer | undefined) => v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)

function checkOne(f: SignupField, v: Answer): Answer {
  switch (f.type) {
    case 'text':
      if (typeof v !== 'string') throw bad(f, '应填写文字')
      return v.trim()
    case 'number': {
      // the rule holds with defaults when the officer set none: 1.5 companions or −3 are never a count
      const r = numberRule(f)
      const range = `请填写 ${numberRangeText(f)}`
      if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(f, `应填写数字，${range}`)
      if (r.integer && !Number.isInteger(v)) throw bad(f, `只能填整数，${range}`)
      if (v < r.min) throw bad(f, `不能小于 ${r.min}，${range}`)
      if (v > r.max) throw bad(f, `不能大于 ${r.max}，${range}`)
      return v
    }
    case 'companions': {
      const max = f.max ?? COMPANIONS_MAX
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw bad(f, `请填写 0 到 ${max} 的整数（不含本人）`)
      return v
    }
    case 'single':
      if (typeof v !== 'string') throw bad(f, '应选择一项')
      if (!f.options?.includes(v)) throw bad(f, `只能选择 ${f.options?.join('、')}`)
      return v
    case 'multiple': {
      if (!Array.isArray(v)) throw bad(f, '应选择一项或多项')
      const wrong = v.find((x) => !f.options?.includes(x))
      if (wrong !== undefined) throw bad(f, `没有「${wrong}」这个选项`)
      return [...new Set(v)]
    }
  }
}

/**
 * The answers a sign-up keeps: each field checked against its type and options, required ones
 * present, unknown keys refused. Throws BAD_REQUEST naming the field by its label.
 */
export function checkAnswers(fields: SignupField[], answers: Answers): Answers {
  const byKey = new Map(fields.map((f) => [f.key, f]))
  const unknown = Object.keys(answers).find((k) => !byKey.has(k))
  if (unknown) throw new AppError('BAD_REQUEST', `填写内容：本活动没有「${unknown.slice(0, 20)}」这一项`)
  const out: Answers = {}
  for (const f of fields) {
    const v = answers[f.key]
    if (isBlank(v)) {
      if (f.required) throw bad(f, f.type === 'single' || f.type === 'multiple' ? '为必选项，请选择' : '为必填项，请填写')
      continue
    }
    out[f.key] = checkOne(f, v as Answer)
  }
  return out
}

/** Extra people coming with the member: the companions field's answer, 0 without one. */
export function companionsOf(fields: SignupField[], answers: Answers): number {
  const f = fields.find((x) => x.type === 'companions')
  const v = f ? answers[f.key] : undefined
  return typeof v === 'number' ? v : 0
}
