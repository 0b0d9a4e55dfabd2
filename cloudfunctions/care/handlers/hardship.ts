import type { HardshipFile, HardshipInput, HardshipList, HardshipOutput } from '../../../types/care'
import { inUnionTz, unionDate } from '../../_shared/clock'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { addHiddenTag, HARDSHIP_TAG, loadMember } from '../../_shared/members'
import type { HardshipDoc } from '../data/docs'
import { allFiles, insertFile, loadFile, updateFile } from '../data/hardship'
import { recordsOf } from '../data/records'
import { keeperId, saveKeeper } from '../data/settings'
import { reviewDueOf } from '../lib/due'
import { isChair } from './access'

/** 困难职工档案: create (answers the file with its id), update (reviewed: the yearly review done today), list; the chair names the keeper. */
export async function hardship(input: HardshipInput, ctx: Ctx): Promise<HardshipOutput> {
  const now = ctx.now().toISOString()
  const today = unionDate(ctx.now())
  if (input.op === 'keeper') {
    if (!isChair(ctx)) throw new AppError('FORBIDDEN', '档案管理人由工会主席指定')
    const m = await loadMember(ctx.db, input.memberId)
    if (!m) throw new AppError('NOT_FOUND', '找不到这位会员')
    await saveKeeper(ctx.db, m._id, now)
  } else if (input.op === 'create') {
    const m = await loadMember(ctx.db, input.memberId)
    if (!m) throw new AppError('NOT_FOUND', '找不到这位会员')
    const doc: HardshipDoc = {
      _id: m._id,
      memberId: m._id,
      name: m.name,
      unit: m.unit,
      cause: input.cause,
      level: input.level,
      measures: input.measures,
      reviewedOn: today,
      createdAt: now,
      updatedAt: now
    }
    if (!(await insertFile(ctx.db, doc))) throw new AppError('CONFLICT', `${m.name}已有档案，请在档案里修改`)
    // the hidden tag links the member to the file; written through the members module, which owns the document
    await addHiddenTag(ctx.db, m._id, HARDSHIP_TAG, now)
    // DESIGN: what creates answers the created record with its id; the list rides along for the page
    const list = await view(ctx)
    const created = list.items.find((f) => f.memberId === doc._id)
    if (!created) throw new AppError('INTERNAL', '建档没有成功，请再试一次')
    return { id: doc._id, ...created, ...list }
  } else if (input.op === 'update') {
    const f = await loadFile(ctx.db, input.memberId)
    if (!f) throw new AppError('NOT_FOUND', '这位会员还没有困难职工档案')
    const { op: _op, memberId: _m, reviewed, ...changes } = input
    await updateFile(ctx.db, f._id, { ...changes, ...(reviewed ? { reviewedOn: today } : {}), updatedAt: now })
  }
  return view(ctx)
}

async function view(ctx: Ctx): Promise<HardshipList> {
  const year = inUnionTz(ctx.now()).year()
  const today = unionDate(ctx.now())
  const [files, records, kid] = await Promise.all([allFiles(ctx.db), recordsOf(ctx.db, { year }), keeperId(ctx.db)])
  const keeper = kid ? await loadMember(ctx.db, kid) : null
  const items: HardshipFile[] = files
    .map((f) => {
      const reviewDue = reviewDueOf(f.reviewedOn)
      return {
        memberId: f.memberId,
        name: f.name,
        unit: f.unit,
        cause: f.cause,
        level: f.level,
        measures: f.measures,
        amountThisYear: records.filter((r) => r.memberId === f.memberId && r.occasion === 'hardship').reduce((s, r) => s + (r.amount ?? 0), 0),
        reviewDue,
        reviewOverdue: today >= reviewDue,
        updatedAt: f.updatedAt
      }
    })
    .sort((a, b) => Number(b.reviewOverdue) - Number(a.reviewOverdue) || a.reviewDue.localeCompare(b.reviewDue))
  return { items, keeper: keeper ? { id: keeper._id, name: keeper.name } : null }
}
