import { REMIND_MISS_LABELS, type ReadersOutput, type RemindMiss, type RemindOutput } from '../../../../types/notice'
import { chaseText } from '../../../lib/chase-text'

const names = (people: { name: string }[]) => people.map((p) => p.name).join('、')

/**
 * The unread list as the chair pastes it into the staff WeChat group: one line per unit, names in
 * the server's order (unit, then name).
 */
export function unreadText(title: string, unread: Pick<ReadersOutput['unread'][number], 'name' | 'unit'>[]): string {
  return chaseText(`【工会通知】“${title}”还有 ${unread.length} 人未读：`, unread, '请抽空打开工会助手查看，谢谢！', { counts: true })
}

export interface ReachLine {
  label: string
  /** Names, 、-separated. */
  who: string
  count: number
}

const ORDER: RemindMiss[] = ['no-grant', 'not-bound', 'failed', 'inactive']

/** Who a reminder reached, then who it missed by reason, each a line; reasons with nobody are left out. */
export function reachLines(r: Pick<RemindOutput, 'reached' | 'missed'>): ReachLine[] {
  const lines: ReachLine[] = []
  if (r.reached.length) lines.push({ label: '已提醒', who: names(r.reached), count: r.reached.length })
  for (const reason of ORDER) {
    const people = r.missed.filter((m) => m.reason === reason)
    if (people.length) lines.push({ label: REMIND_MISS_LABELS[reason], who: names(people), count: people.length })
  }
  return lines
}

/** The answer's headline: how many were reached, and that the rest need telling another way. */
export function reachTitle(r: Pick<RemindOutput, 'reached' | 'missed'>): string {
  const missed = r.missed.filter((m) => m.reason !== 'inactive').length
  if (!r.reached.length) return missed ? `没有人收到提醒：${missed} 人都没法用微信提醒` : '没有需要提醒的人'
  return missed ? `已提醒 ${r.reached.length} 人，另有 ${missed} 人没法提醒` : `已提醒 ${r.reached.length} 人`
}
