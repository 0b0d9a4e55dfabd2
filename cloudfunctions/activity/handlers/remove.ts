import type { RemoveActivityInput, RemoveActivityOutput } from '../../../types/activity'
import type { Ctx } from '../../_shared/ctx'
import { loadActivity } from '../data/activities'
import { deleteUnused, removeSignupsOf } from '../data/call-off'

/** Deletes an activity nobody holds a place or a waitlist spot in (one made by mistake); else CONFLICT. */
export async function remove(input: RemoveActivityInput, ctx: Ctx): Promise<RemoveActivityOutput> {
  const a = await loadActivity(ctx.db, input.id)
  await deleteUnused(ctx.db, a._id)
  // entries of sign-ups since cancelled: nothing reads them once the activity is gone
  await removeSignupsOf(ctx.db, a._id)
  return { removed: true }
}
