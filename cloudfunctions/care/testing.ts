/** Test helpers shared by the care handlers' tests (not shipped: nothing imports it but tests). */
import { CHAIR, createHarness, type Harness, type SeededMember } from '../../test/support/harness'

export { CHAIR }

export interface CareKit {
  h: Harness
  /** openids: the bound chair, a 慰问员, the named hardship keeper (also a 慰问员), an officer without the tag, a phone never bound */
  who: { chair: string; carer: string; keeper: string; officer: string; stranger: string }
  people: SeededMember[]
  /** members m1…mn by index (0-based) */
  member: (i: number) => SeededMember
  ok: <T = any>(openid: string, event: Record<string, unknown>) => Promise<T>
  call: (openid: string, event: Record<string, unknown>) => ReturnType<Harness['call']>
}

/** A union with its chair, a 慰问员, a keeper, an officer and n members (units cycle 语文组/数学组). */
export async function careKit(n = 4, opts: { now?: string } = {}): Promise<CareKit> {
  const h = createHarness({ now: opts.now })
  const rows = [
    { name: '张主席', unit: '行政处', role: 'chair' as const, openid: 'boss' },
    { name: '李慰问', unit: '语文组', openid: 'carer' },
    { name: '赵档案', unit: '行政处', openid: 'keeper' },
    { name: '王委员', unit: '体育组', role: 'officer' as const, openid: 'officer' },
    ...Array.from({ length: n }, (_, i) => ({ name: `会员${i + 1}`, unit: i % 2 ? '数学组' : '语文组', openid: `m${i + 1}` }))
  ]
  const all = await h.members(rows)
  await h.ok('member', CHAIR, { action: 'tag', memberId: all[1].id, tags: ['慰问员'] })
  await h.ok('member', CHAIR, { action: 'tag', memberId: all[2].id, tags: ['慰问员'] })
  await h.ok('care', 'boss', { action: 'hardship', op: 'keeper', memberId: all[2].id })
  const people = all.slice(4)
  return {
    h,
    who: { chair: 'boss', carer: 'carer', keeper: 'keeper', officer: 'officer', stranger: 'never-bound' },
    people,
    member: (i) => people[i],
    ok: (openid, event) => h.ok('care', openid, event),
    call: (openid, event) => h.call('care', openid, event)
  }
}
