/** The rows a crowd of calls prints: errors, latency against the 1 s target, requests per call. */
import { percentile } from '../support/activity-crowd'
import type { BenchRow } from './types'

export const rowsOf = (scenario: string, r: { ms: number[]; errors: number }, requests: number[]): BenchRow[] => [
  { scenario, figure: 'errors', value: String(r.errors), target: '0', pass: r.errors === 0 },
  {
    scenario,
    figure: 'latency p50 / p99 / max',
    value: `${Math.round(percentile(r.ms, 50))} / ${Math.round(percentile(r.ms, 99))} / ${Math.round(r.ms[r.ms.length - 1])} ms`,
    target: 'p99 < 1000 ms',
    pass: percentile(r.ms, 99) < 1000
  },
  { scenario, figure: 'database requests per call (max)', value: String(Math.max(...requests)) }
]
