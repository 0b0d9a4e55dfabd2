import type { MeInput, MeOutput } from '../../../types/member'
import type { Ctx } from '../../_shared/ctx'
import { toMember } from '../../_shared/members'

export async function me(_input: MeInput, ctx: Ctx): Promise<MeOutput> {
  return { member: ctx.member ? toMember(ctx.member) : null, role: ctx.role }
}
