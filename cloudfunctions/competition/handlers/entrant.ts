import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { loadMember, type MemberDoc } from '../../_shared/members'
import type { CompetitionDoc, EventDoc } from '../data/docs'

/** The member an officer may enter or withdraw: in a competing unit, their own unless chair, of the event's category. */
export async function checkEntrant(ctx: Ctx, event: EventDoc, competition: CompetitionDoc, memberId: string): Promise<MemberDoc> {
  const member = await loadMember(ctx.db, memberId)
  if (!member) throw new AppError('NOT_FOUND', '没有这个会员')
  if (!competition.units.includes(member.unit)) throw new AppError('CONFLICT', `${member.name}所在的${member.unit}不是本次比赛的参赛单位`)
  if (!isAtLeast(ctx.role, 'chair') && ctx.member?.unit !== member.unit) throw new AppError('FORBIDDEN', '委员只能为本部门的会员报名')
  if (event.category === '男子' && member.gender !== 'M') throw new AppError('CONFLICT', `${event.category}${event.name}只能报男会员`)
  if (event.category === '女子' && member.gender !== 'F') throw new AppError('CONFLICT', `${event.category}${event.name}只能报女会员`)
  return member
}
