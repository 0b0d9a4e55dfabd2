import { createHash } from 'node:crypto'

/**
 * A holder's key inside a counter document: 12 hex digits of a hash of their id (48 bits: among
 * 1,200 members a clash is ~1e-9 likely). Hashed, because CloudBase's own ids begin with a server
 * prefix and a timestamp, so their first digits are shared, and a field name may not hold a dot;
 * short, because every read-back answers the counter whole.
 */
export const holderKey = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 12)
