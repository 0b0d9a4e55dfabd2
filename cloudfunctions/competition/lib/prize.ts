import type { Prizes } from '../../../types/competition'

/** The prize a (shared) place earns under the event's mapping, or none. */
export function prizeFor(place: number, prizes: Prizes): string | undefined {
  if (place <= prizes.first) return '一等奖'
  if (place <= prizes.first + prizes.second) return '二等奖'
  if (place <= prizes.first + prizes.second + prizes.third) return '三等奖'
  return prizes.others ? '优秀奖' : undefined
}
