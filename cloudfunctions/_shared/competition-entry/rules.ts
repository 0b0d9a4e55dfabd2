import type { CompetitionDoc, EventDoc } from './docs'

/** Why a member may not ask to enter this event by themselves, or null. Limits are checked apart (they need the counters). */
export function selfEntryClosed(
  event: Pick<EventDoc, 'name' | 'category' | 'version' | 'published'>,
  competition: Pick<CompetitionDoc, 'units'>,
  member: { unit: string; gender: 'F' | 'M' }
): string | null {
  // once results are being recorded the line-up is set: later changes go through the unit's officer
  if (event.published || event.version > 0) return `${event.name}已开始录入成绩，报名已截止`
  if (!competition.units.includes(member.unit)) return `你所在的${member.unit}不是本次比赛的参赛单位`
  if (event.category === '男子' && member.gender !== 'M') return `${event.category}${event.name}只限男会员报名`
  if (event.category === '女子' && member.gender !== 'F') return `${event.category}${event.name}只限女会员报名`
  return null
}

/** What a member is told before asking: who decides and the limits. */
export const selfEntryRules = (event: Pick<EventDoc, 'team' | 'unitLimit'>, competition: Pick<CompetitionDoc, 'personLimit'>, unit: string): string =>
  `报名后由${unit}的委员审核；每单位最多 ${event.unitLimit} 人${event.team ? '，团体项目不计入个人项目数' : `，每人最多报 ${competition.personLimit} 个个人项目`}`
