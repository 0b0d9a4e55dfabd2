import { CARE_REMINDERS } from '../../_shared/collections'
import { addIfAbsent, type Database } from '../../_shared/db'

/**
 * Claims one reminder (`task:<id>:<date>`, `review:<memberId>:<reviewDue>`): true for the one
 * firing that writes it first. Written before the push, so a timer fired again, or two firings
 * overlapping, send nothing twice; a run cut off between claim and push loses that one message
 * rather than repeating it (the 工作台 still shows the task).
 */
export const claimReminder = (db: Database, id: string, at: string): Promise<boolean> => addIfAbsent(db, CARE_REMINDERS, { _id: id, at })
