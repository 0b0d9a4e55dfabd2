import { CONGRESS_PROPOSALS } from '../../_shared/collections'
import { collection, getAll, getDoc, type Database } from '../../_shared/db'
import type { ProposalDoc } from './docs'

export const proposalsIn = (db: Database) => collection<ProposalDoc>(db, CONGRESS_PROPOSALS)
export const loadProposal = (db: Database, id: string) => getDoc<ProposalDoc>(db, CONGRESS_PROPOSALS, id)

export async function proposalsWhere(db: Database, where: Record<string, unknown>): Promise<ProposalDoc[]> {
  const docs = await getAll(proposalsIn(db).where(where))
  return docs.sort((a, b) => (a.meetingId === b.meetingId ? a.number - b.number : a.createdAt < b.createdAt ? 1 : -1))
}
