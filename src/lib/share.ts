import type { Activity } from '../../types/activity'
import { spotsText } from './activity-text'

/** What can be forwarded into a WeChat chat; each kind has its own cover. */
export type ShareKind = 'notice' | 'activity' | 'board' | 'medals' | 'suggestion' | 'greeting' | 'ballot' | 'proposal'

/**
 * Each kind's cover: a 500x400 PNG drawn by scripts/share-covers.mjs and copied to the package root
 * by config/index.ts, so every page's share names the same file.
 */
export const shareCover = (kind: ShareKind) => `/assets/share/${kind}.png`

/** What the card says before its page has loaded: the kind, never an empty title. */
export const SHARE_LABELS: Record<ShareKind, string> = {
  notice: '工会通知',
  activity: '活动报名',
  board: '实时成绩',
  medals: '奖牌榜',
  suggestion: '建议公开栏',
  greeting: '工会祝福',
  ballot: '投票结果',
  proposal: '教代会提案'
}

/** 「工会通知｜关于元旦放假的通知」: the kind, then what it is. */
export const shareTitle = (kind: ShareKind, what?: string) => (what ? `${SHARE_LABELS[kind]}｜${what}` : SHARE_LABELS[kind])

/** 「报名｜周末登山 已报 37/40」 while sign-up is open; otherwise the phase, so nobody taps in expecting a place. */
export function activityShareTitle(a: Pick<Activity, 'title' | 'phase' | 'capacity' | 'confirmed' | 'waitlisted' | 'cancelled'> | undefined): string {
  if (!a) return SHARE_LABELS.activity
  if (a.cancelled) return `活动｜${a.title} 已取消`
  if (a.phase === 'open') return `报名｜${a.title} ${spotsText(a)}`
  if (a.phase === 'upcoming') return `报名｜${a.title} 即将开始报名`
  return `活动｜${a.title} ${a.phase === 'ended' ? '已结束' : '报名已截止'}`
}
