/**
 * Points for each place in rank order (places as rank() gives them, e.g. [1, 1, 3]). Entrants tied
 * at place p occupy places p..p+k-1 and share those places' points equally (并列名次平分得分):
 * two tied for 1st with 7-5 get 6 each. Places beyond the table score 0.
 */
export function sharePoints(places: readonly number[], table: readonly number[]): number[] {
  const tied = new Map<number, number>()
  for (const p of places) tied.set(p, (tied.get(p) ?? 0) + 1)
  return places.map((p) => {
    const k = tied.get(p) ?? 1
    let sum = 0
    for (let i = 0; i < k; i++) sum += table[p - 1 + i] ?? 0
    return sum / k
  })
}

/** Shared points like 16/3 are kept to 1e-6, so sums compare equal when they are. */
export const roundPoints = (x: number): number => Math.round(x * 1e6) / 1e6
