import { SUGGESTION_SUPERVISORS } from '../../_shared/collections'
import { collection, getAll, getDoc, type Database } from '../../_shared/db'
import { membersIn } from '../../_shared/members'
import type { SupervisorDoc } from './docs'

const supervisorsIn = (db: Database) => collection<SupervisorDoc>(db, SUGGESTION_SUPERVISORS)

export const isSupervisor = async (db: Database, memberId: string): Promise<boolean> => Boolean(await getDoc(db, SUGGESTION_SUPERVISORS, memberId))

/** The member ids of every 督导员. */
export const supervisorIds = async (db: Database): Promise<string[]> => (await getAll(supervisorsIn(db).orderBy('_id', 'asc'))).map((d) => d._id)

export async function putSupervisor(db: Database, memberId: string, since: string): Promise<void> {
  await supervisorsIn(db).doc(memberId).set({ data: { since } })
}

export async function removeSupervisor(db: Database, memberId: string): Promise<void> {
  await supervisorsIn(db).doc(memberId).remove()
}

/** Every officer on the roster, by _id. */
export const officers = (db: Database) => getAll(membersIn(db).where({ role: 'officer' }).orderBy('_id', 'asc'))
