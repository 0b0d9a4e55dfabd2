/**
 * The error replies CloudBase's database gives, as { code, message } in a 200 body: the SDK turns
 * code into an errCode (wx-server-sdk TCB_ERR_CODE: DATABASE_COLLECTION_NOT_EXIST → -502005; a
 * code it does not list, such as DATABASE_TRANSACTION_CONFLICT, → -501001 SYS_ERR). Messages
 * follow what the service answers (docs.cloudbase.net/error-code/basic; the conflict text is the
 * ResourceUnavailable.TransactionConflict the service returns).
 */
export type TcbCode = 'DATABASE_COLLECTION_NOT_EXIST' | 'DATABASE_TRANSACTION_CONFLICT' | 'DATABASE_REQUEST_FAILED' | 'DATABASE_INVALID_OPERRATOR' | 'INVALID_PARAM' | 'SYS_ERR'

export class TcbError extends Error {
  constructor(
    readonly code: TcbCode,
    message: string
  ) {
    super(message)
  }
}

export const collectionMissing = (name: string) =>
  new TcbError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${name}. Please check your request, but if the problem persists, contact us.`)

export const conflict = () =>
  new TcbError(
    'DATABASE_TRANSACTION_CONFLICT',
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.'
  )

/** CloudBase runs on MongoDB and passes its duplicate-key write error through. */
export const duplicateKey = (name: string, id: string) =>
  new TcbError('DATABASE_REQUEST_FAILED', `[FailedOperation] E11000 duplicate key error collection: ${name} index: _id_ dup key: { _id: "${id}" }`)

export const noSuchTransaction = (id: string) => new TcbError('DATABASE_REQUEST_FAILED', `[FailedOperation.Transaction] Transaction ${id} has been committed, aborted or expired`)
