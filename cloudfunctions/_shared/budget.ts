import { performance } from 'node:perf_hooks'

/**
 * What SCF hands a Node.js function as its second argument: `time_limit_in_ms` is the function's
 * configured timeout (a logged context reads { memory_limit_in_mb: 512, time_limit_in_ms: 3000,
 * request_id, function_name, environ, ... }); newer runtimes also give getRemainingTimeInMillis().
 */
export interface ScfContext {
  time_limit_in_ms?: number
  getRemainingTimeInMillis?: () => number
  request_id?: string
}

/** SCF's default timeout when nothing says otherwise. */
const DEFAULT_LIMIT_MS = 3_000

/** Milliseconds left before the platform cuts this invocation off, measured from its entry. */
export function remainingTime(context: ScfContext | undefined): () => number {
  if (typeof context?.getRemainingTimeInMillis === 'function') return () => context.getRemainingTimeInMillis!()
  const limit = Number(context?.time_limit_in_ms) > 0 ? Number(context!.time_limit_in_ms) : DEFAULT_LIMIT_MS
  const started = performance.now()
  return () => limit - (performance.now() - started)
}

/**
 * A batch job's stop signal: true once less than a reserve is left for the step in hand and the
 * cursor write after it. The reserve is a quarter of what was left at the start, at most 10 s
 * (greeting, 60 s: work 50 s; activity, 10 s: work 7.5 s).
 */
export function timeUp(remaining: () => number): () => boolean {
  const reserve = Math.min(10_000, Math.max(0, remaining()) / 4)
  return () => remaining() < reserve
}
