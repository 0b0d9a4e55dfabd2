import { groupBy } from './group-by'

/** Someone to chase: who and in which unit (the server sorts by unit, then name). */
export interface Chased {
  name: string
  unit: string
}

export interface ChaseOptions {
  /** Show each unit's head count, 语文组（2 人）. */
  counts?: boolean
}

/** One line per unit, so each 小组长 finds their own people: 语文组：王芳、李强. */
export function unitLines(people: Chased[], opts: ChaseOptions = {}): string[] {
  return groupBy(people, (p) => p.unit).map((g) => `${g.key}${opts.counts ? `（${g.items.length} 人）` : ''}：${g.items.map((p) => p.name).join('、')}`)
}

/** A chase list as one text to paste into the staff WeChat group: a heading, the units, a closing line. */
export function chaseText(heading: string, people: Chased[], closing: string, opts: ChaseOptions = {}): string {
  return [heading, ...unitLines(people, opts), closing].filter(Boolean).join('\n')
}
