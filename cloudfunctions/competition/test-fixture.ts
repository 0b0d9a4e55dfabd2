import { CHAIR, createHarness, type Harness, type SeededMember } from '../../test/support/harness'

export { CHAIR }
export const UNITS = ['语文组', '数学组', '英语组', '体育组']
/** Openids of the fixture's people. */
export const OFFICER = 'officer-ty'
export const OFFICER_YW = 'officer-yw'
export const MEMBER = 'member-yw'

export interface Fixture {
  h: Harness
  competitionId: string
  people: Record<string, SeededMember>
  addEvent: (event: Record<string, unknown>) => Promise<{ id: string; version: number }>
  record: (eventId: string, unit: string, result: Record<string, unknown>, as?: string) => Promise<any>
  publish: (eventId: string) => Promise<any>
  standings: (eventId: string, as?: string, view?: 'draft' | 'published') => Promise<any[]>
}

/** A competition of four units with two officers and a few athletes, for the handler tests. */
export async function fixture(opts: { unitLimit?: number; personLimit?: number } = {}): Promise<Fixture> {
  const h = createHarness()
  const list = await h.members([
    { name: '王建国', unit: '体育组', gender: 'M', role: 'officer', openid: OFFICER },
    { name: '李晓梅', unit: '语文组', gender: 'F', role: 'officer', openid: OFFICER_YW },
    { name: '陈思远', unit: '语文组', gender: 'M', openid: MEMBER },
    { name: '孙浩', unit: '语文组', gender: 'M' },
    { name: '赵敏', unit: '语文组', gender: 'F' },
    { name: '吴强', unit: '数学组', gender: 'M' },
    { name: '林涛', unit: '英语组', gender: 'M' },
    { name: '罗勇', unit: '体育组', gender: 'M' },
    { name: '宋刚', unit: '体育组', gender: 'M' },
    { name: '潘国栋', unit: '退休', gender: 'M' }
  ])
  const people = Object.fromEntries(list.map((m) => [m.name, m]))
  const comp = await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: UNITS, ...opts })
  const competitionId = comp.id as string
  return {
    h,
    competitionId,
    people,
    addEvent: (event) => h.ok('competition', OFFICER, { action: 'addEvent', competitionId, ...event }),
    record: (eventId, unit, result, as = OFFICER) => h.ok('competition', as, { action: 'recordResult', eventId, unit, ...result }),
    publish: (eventId) => h.ok('competition', CHAIR, { action: 'publish', eventId }),
    standings: async (eventId, as = MEMBER, view = 'published') => (await h.ok('competition', as, { action: 'standings', eventId, view })).items
  }
}

/** [place, unit, name, points] of each standing row, for compact assertions. */
export const rows = (items: { place: number; unit: string; name: string; points: number }[]) => items.map((s) => [s.place, s.unit, s.name, s.points])
