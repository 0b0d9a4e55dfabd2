import type { SetupInput, SetupOutput } from '../../../types/member'
import { COLLECTIONS } from '../../_shared/collections'
import type { Ctx } from '../../_shared/ctx'
import { isCollectionExisting } from '../../_shared/db'

/** Creates every collection the functions use; safe to run again (DESIGN: member.setup). */
export async function setup(_input: SetupInput, ctx: Ctx): Promise<SetupOutput> {
  const created: string[] = []
  const existing: string[] = []
  await Promise.all(
    COLLECTIONS.map(async (name) => {
      try {
        await ctx.db.createCollection(name)
        created.push(name)
      } catch (e) {
        if (!isCollectionExisting(e)) throw e
        existing.push(name)
      }
    })
  )
  return { created: created.sort(), existing: existing.sort() }
}
