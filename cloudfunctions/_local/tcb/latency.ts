/**
 * LOCAL_DB_LATENCY_MS: "15" or a range "3-9". Every database request waits this long before the
 * stand-in answers it, as a request to CloudBase crosses a network (the bench uses 15 ms).
 */
export type Latency = () => number

export function parseLatency(raw: string | undefined, fallback = '2-4'): Latency {
  const text = (raw ?? '').trim() || fallback
  const m = /^(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?$/.exec(text)
  if (!m) throw new Error(`LOCAL_DB_LATENCY_MS must be a number or a range like 3-9, got ${text}`)
  const lo = Number(m[1])
  const hi = m[2] === undefined ? lo : Number(m[2])
  if (hi < lo) throw new Error(`LOCAL_DB_LATENCY_MS range is reversed: ${text}`)
  return lo === hi ? () => lo : () => lo + Math.random() * (hi - lo)
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
