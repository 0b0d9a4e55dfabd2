/** Test helpers shared by the congress handlers' tests (not shipped: nothing imports it but tests). */
import { CHAIR, createHarness, type Harness, type SeededMember } from '../../test/support/harness'

export { CHAIR }

export const OPENS = '2026-11-20T00:00:00.000Z'
export const CLOSES = '2026-12-10T10:00:00.000Z'
/** 09:30 on 15 December in Shanghai. */
export const HELD = '2026-12-15T01:30:00.000Z'

export interface CongressKit {
  h: Harness
  meetingId: string
  /** openids: the bound chair, 代表 d1…dn, a 提案委员会 member who is no 代表, an officer and a member with no tag */
  who: { chair: string; committee: string; officer: string; member: string; delegates: string[] }
  people: SeededMember[]
  ok: <T = any>(openid: string, event: Record<string, unknown>) => Promise<T>
  call: (openid: string, event: Record<string, unknown>) => ReturnType<Harness['call']>
  /** d1's proposal, seeking seconds */
  propose: (openid?: string, extra?: Record<string, unknown>) => Promise<any>
}

/** A union with n 代表 (d1…dn), a committee member, an officer, a plain member, and one meeting taking proposals. */
export async function congressKit(n = 4, opts: { seconds?: number; now?: string } = {}): Promise<CongressKit> {
  const h = createHarness({ now: opts.now })
  const rows = [
    { name: '张主席', unit: '行政处', role: 'chair' as const, openid: 'boss' },
    { name: '钱委员', unit: '教务处', openid: 'committee' },
    { name: '王委员', unit: '体育组', role: 'officer' as const, openid: 'officer' },
    { name: '孙会员', unit: '语文组', openid: 'plain' },
    ...Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}`, unit: i % 2 ? '数学组' : '语文组', openid: `d${i + 1}` }))
  ]
  const all = await h.members(rows)
  await h.ok('member', CHAIR, { action: 'tag', memberId: all[1].id, tags: ['提案委员会'] })
  for (const d of all.slice(4)) await h.ok('member', CHAIR, { action: 'tag', memberId: d.id, tags: ['教代会代表'] })
  const ok = <T = any>(openid: string, event: Record<string, unknown>) => h.ok<T>('congress', openid, event)
  const m = await ok('boss', {
    action: 'createMeeting',
    title: '第五届教代会第三次会议',
    proposalOpensAt: OPENS,
    proposalClosesAt: CLOSES,
    heldAt: HELD,
    ...(opts.seconds !== undefined ? { seconds: opts.seconds } : {})
  })
  return {
    h,
    meetingId: m.id,
    who: { chair: 'boss', committee: 'committee', officer: 'officer', member: 'plain', delegates: all.slice(4).map((d) => d.openid!) },
    people: all,
    ok,
    call: (openid, event) => h.call('congress', openid, event),
    propose: (openid = 'd1', extra = {}) => ok(openid, { action: 'submit', meetingId: m.id, title: '改善教工食堂午餐', reason: '午餐品种少，排队时间长', measures: '增加窗口，每周公布菜单', ...extra })
  }
}
