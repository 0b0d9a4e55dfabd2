import { createHash, randomBytes } from 'node:crypto'

/**
 * A document id for something a caller creates: from their requestId when given (a retry after a
 * timeout lands on the same id and creates nothing new), else random.
 */
export function createdId(kind: string, openid: string, requestId?: string): string {
  const basis = requestId ? `${kind}:${openid}:${requestId}` : `${kind}:${randomBytes(16).toString('hex')}`
  return createHash('sha256').update(basis).digest('hex').slice(0, 24)
}
