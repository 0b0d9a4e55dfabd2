import { getAll, type Database } from '../../_shared/db'
import { requestsIn } from '../../_shared/competition-entry/requests'

// the request documents are written in _shared, where activity's 参赛项目 sign-up writes them too
export { decideRequest, loadRequest, putRequest, requestsIn } from '../../_shared/competition-entry/requests'

/** An event's requests, for one unit or all. */
export const requestsOfEvent = (db: Database, eventId: string, unit?: string) => getAll(requestsIn(db).where({ eventId, ...(unit ? { unit } : {}) }))
