import { miniprogramState } from '../../_shared/template-fields'
import type { ActivityDoc, CounterDoc } from '../data/docs'

/**
 * A live card (动态消息) in the group. WeChat's templates have fixed words that cannot be changed
 * (developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share/updatable-message.html):
 * state 0 「成员正在加入，当前 {member_count}/{room_limit} 人」, which may be updated again and again;
 * state 1, set by setUpdatableMsg with `path` and `version_type`, from which only WeChat's own
 * 「已结束」 follows. Sign-up open → 0 with places taken / places in all; closed or called off → 1.
 * No template says 已截止: of the two, 「到齐时」 reads 「已到齐」 in state 1, which a member takes
 * for "sign-up is complete" better than 「开始时」's 「已开始」 (the activity has not begun).
 */
/** The 「到齐时」 template (WeChat's id for it, from the page above). */
export const CARD_TEMPLATE_ID = '666F374D69D16C932E45D7E7D9F10CEF6177F5F5'

export interface CardFace {
  state: 0 | 1
  /** places taken (confirmed, across batches) */
  count: number
  /** places in all; null = no limit */
  limit: number | null
}

/**
 * At most one update per activity from the sign-up path in this window: a thousand sign-ups in a
 * minute send ~12, not a thousand. What a window swallowed is sent by the `cards` timer (every minute).
 */
export const CARD_GAP_MS = 5_000

/** An activityId is reused while it has this long left; after, a share mints a fresh one (WeChat's last 24 h). */
export const REUSE_MARGIN_MS = 3_600_000

export function faceOf(a: Pick<ActivityDoc, 'signupClosesAt' | 'cancelled'>, c: Pick<CounterDoc, 'batches'> | null, now: Date): CardFace {
  const batches = Object.values(c?.batches ?? {})
  const count = batches.reduce((n, b) => n + b.confirmed, 0)
  const limit = batches.length && batches.every((b) => b.capacity !== null) ? batches.reduce((n, b) => n + (b.capacity ?? 0), 0) : null
  const closed = Boolean(a.cancelled) || now.toISOString() >= a.signupClosesAt
  return { state: closed ? 1 : 0, count, limit }
}

export const sameFace = (a: CardFace | undefined, b: CardFace): boolean => !!a && a.state === b.state && a.count === b.count && a.limit === b.limit

/** setUpdatableMsg's version_type for the build the platform runs (WX_MINIPROGRAM_STATE, as for subscribe messages). */
export function versionType(env: Record<string, string | undefined>): 'develop' | 'trial' | 'release' {
  const s = miniprogramState(env)
  return s === 'developer' ? 'develop' : s === 'trial' ? 'trial' : 'release'
}

/** The template's parameters for a face: the counts while open (「不限」 with no limit), the page once closed. */
export function parametersOf(face: CardFace, activityId: string, env: Record<string, string | undefined>): Record<string, string> {
  if (face.state === 1) return { path: `pages/activity-detail/index?id=${activityId}`, version_type: versionType(env) }
  return { member_count: String(face.count), room_limit: face.limit === null ? '不限' : String(face.limit) }
}
