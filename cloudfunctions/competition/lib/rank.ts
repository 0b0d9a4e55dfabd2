export type Better = 'lower' | 'higher'

export interface Ranked<T> {
  item: T
  place: number
}

/**
 * Orders items best first and gives each a place; equal values share a place and the next place
 * is skipped (1, 1, 3). `order` only settles the display order of tied items.
 */
export function rank<T>(items: readonly T[], value: (t: T) => number, better: Better, order: (a: T, b: T) => number = () => 0): Ranked<T>[] {
  const sign = better === 'lower' ? 1 : -1
  const sorted = [...items].sort((a, b) => sign * (value(a) - value(b)) || order(a, b))
  const out: Ranked<T>[] = []
  sorted.forEach((item, i) => {
    const prev = out[i - 1]
    const place = prev && value(prev.item) === value(item) ? prev.place : i + 1
    out.push({ item, place })
  })
  return out
}
