import type { RecordCareInput, RecordCareOutput } from '../../../types/care'
import { unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, requireMember } from '../../_shared/members'
import { insertRecord } from '../data/records'
import { loadRules } from '../data/settings'
import { createdId } from '../lib/ids'
import { occasionLabel, toRecord } from './views'

/**
 * A visit or payment. Past the year's cap for that occasion it is refused (CONFLICT, saying what
 * the member has had) unless whoever may record (the chair or a 慰问员: the guard) overrides with a
 * reason; the reason and who gave it stay with the record, in the list and the 台账 the chair reads.
 */
export async function record(input: RecordCareInput, ctx: Ctx): Promise<RecordCareOutput> {
  const recorder = requireMember(ctx)
  const member = await loadMember(ctx.db, input.memberId)
  if (!member) throw new AppError('NOT_FOUND', '找不到这位会员')
  if (input.date > unionDate(ctx.now())) throw new AppError('BAD_REQUEST', '日期：不能晚于今天')
  const { rules } = await loadRules(ctx.db)
  const rule = rules[input.occasion]
  const label = occasionLabel(input.occasion)
  const now = ctx.now().toISOString()
  const doc = await insertRecord(
    ctx.db,
    {
      _id: createdId('record', ctx.openid, input.requestId),
      memberId: member._id,
      name: member.name,
      unit: member.unit,
      occasion: input.occasion,
      date: input.date,
      year: Number(input.date.slice(0, 4)),
      ...(input.amount !== undefined ? { amount: input.amount } : {}),
      ...(input.gift ? { gift: input.gift } : {}),
      visitors: input.visitors?.length ? input.visitors : [recorder.name],
      ...(input.note ? { note: input.note } : {}),
      ...(input.taskId ? { taskId: input.taskId } : {}),
      ...(input.override ? { override: { reason: input.override.reason, by: recorder.name } } : {}),
      rule,
      recordedBy: recorder.name,
      recordedById: recorder._id,
      createdAt: now
    },
    {
      enforceCap: !input.override,
      refuse: (already) =>
        new AppError('CONFLICT', `${member.name}今年已领「${label}」${already} 元，再登记 ${input.amount ?? 0} 元将超过每人每年 ${rule.cap} 元的上限。如确需发放，请填写理由后超限登记。`)
    }
  )
  return toRecord(doc)
}
