/** Test helpers shared by the activity handlers' tests (not shipped: nothing imports it but tests). */
import { CHAIR, createHarness, type Harness, type MemberSpec, type SeededMember } from '../../test/support/harness'

export { CHAIR }

/** 2026-11-24 10:00 in Shanghai is the harness's now; this activity opens now and starts in a week. */
export const base = {
  title: '周末登山',
  place: '紫金山',
  startAt: '2026-12-01T01:00:00.000Z',
  endAt: '2026-12-01T08:00:00.000Z',
  signupClosesAt: '2026-11-30T10:00:00.000Z'
}

export interface Kit {
  h: Harness
  officer: string
  people: SeededMember[]
  /** Creates an activity as the officer and answers its id. */
  create: (over?: Record<string, unknown>) => Promise<string>
  signup: (who: SeededMember | string, id: string, extra?: Record<string, unknown>) => ReturnType<Harness['call']>
}

const openidOf = (who: SeededMember | string) => (typeof who === 'string' ? who : (who.openid as string))

/** A harness with an officer and n members (units cycle 语文组/数学组 unless given). */
export async function kit(n = 6, specs: Partial<MemberSpec>[] = []): Promise<Kit> {
  const h = createHarness()
  const rows: MemberSpec[] = [{ name: '王委员', unit: '体育组', gender: 'M', role: 'officer', openid: 'officer' }]
  for (let i = 0; i < n; i++) rows.push({ name: `会员${i + 1}`, unit: i % 2 ? '数学组' : '语文组', openid: `m${i + 1}`, ...specs[i] })
  const [, ...people] = await h.members(rows)
  const create = async (over: Record<string, unknown> = {}) => (await h.ok('activity', 'officer', { action: 'create', ...base, ...over })).id as string
  const signup = (who: SeededMember | string, id: string, extra: Record<string, unknown> = {}) => h.call('activity', openidOf(who), { action: 'signup', id, ...extra })
  return { h, officer: 'officer', people, create, signup }
}
