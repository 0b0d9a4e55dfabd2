import { membersIn } from '../../_shared/members'
import type { LocalCloud } from '../cloud'
import { seedActivity, seedLottery } from './activity'
import { seedCare } from './care'
import { seedCompetition } from './competition'
import { seedCongress } from './congress'
import { seedGreeting } from './greeting'
import { seedMembers } from './members'
import { seedNotice } from './notice'
import { seedSuggestion } from './suggestion'

/** The openid the seed acts as: chair by env for the first import, then by role. */
export const SEED_CHAIR = 'demo-chair'

/**
 * Each function's demo data, run in order after the members exist; each seeds through the
 * function's own actions as a demo identity (see ./members.ts for the openids).
 */
const FEATURE_SEEDS: ((cloud: LocalCloud) => Promise<void>)[] = [seedActivity, seedNotice, seedCompetition, seedGreeting, seedSuggestion, seedLottery, seedCare, seedCongress]

/** Seeds a believable union into an empty store; a store with members is left alone. */
export async function seedDemo(cloud: LocalCloud): Promise<boolean> {
  await cloud.ready
  const { total } = await membersIn(cloud.db).count()
  if (total > 0) return false
  await cloud.withEnv({ UNION_CHAIR_OPENIDS: [cloud.env.UNION_CHAIR_OPENIDS, SEED_CHAIR].filter(Boolean).join(',') }, async () => {
    await seedMembers(cloud, SEED_CHAIR)
  })
  for (const seed of FEATURE_SEEDS) await seed(cloud)
  return true
}
