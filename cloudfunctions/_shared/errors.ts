import type { ErrorCode } from '../../types/common'

/** The one error a handler throws on purpose; dispatch turns it into the envelope. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError || (e as AppError)?.name === 'AppError'
