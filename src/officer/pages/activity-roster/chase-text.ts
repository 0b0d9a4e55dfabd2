import type { Activity, UnsignedOutput } from '../../../../types/activity'
import { shortWhen } from '../../../lib/activity-text'
import { chaseText } from '../../../lib/chase-text'

/** The not-yet-signed-up as the officer pastes them into the staff group, by unit, with the deadline. */
export function unsignedText(a: Pick<Activity, 'title' | 'signupClosesAt'>, people: UnsignedOutput['items']): string {
  return chaseText(`请以下老师报名“${a.title}”：`, people, `报名截止 ${shortWhen(a.signupClosesAt)}，请打开工会助手 → 活动 报名，谢谢！`)
}
