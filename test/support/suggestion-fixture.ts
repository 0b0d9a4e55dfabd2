import { CHAIR, createHarness, type Harness, type SeededMember } from './harness'
import { publishBatchOf, submitAs, type Submitted } from './suggestion-phone'

export interface SuggestionFixture {
  h: Harness
  members: SeededMember[]
  /** an officer the chair named 督导员 */
  supervisor: SeededMember
  /** an officer without the 督导员 flag */
  officer: SeededMember
  /** Takes a token as openid, submits anonymously, and publishes its batch (the clock is put back). */
  submit: (openid: string, content?: string, category?: string) => Promise<Submitted>
}

/** A harness with three members, a 督导员 and a plain officer; the clock is 2026-11-24 10:00 Beijing. */
export async function suggestionFixture(now?: string): Promise<SuggestionFixture> {
  const h = createHarness({ now })
  const all = await h.members([
    { name: '陈思远', unit: '语文组', openid: 'openid-chen' },
    { name: '周婷', unit: '数学组', openid: 'openid-zhou' },
    { name: '黄雅琴', unit: '英语组', openid: 'openid-huang' },
    { name: '王建国', unit: '体育组', role: 'officer', openid: 'openid-wang' },
    { name: '李晓梅', unit: '语文组', role: 'officer', openid: 'openid-li' }
  ])
  const [a, b, c, supervisor, officer] = all
  await h.ok('suggestion', CHAIR, { action: 'setSupervisor', memberId: supervisor.id, supervisor: true })
  // most tests want the suggestion on the board: submit (token, anonymous path), then its 17:00 batch goes out
  const submit = async (openid: string, content = '建议食堂晚餐延长到 19:00，晚自习老师来不及吃饭。', category = '后勤') => {
    const r = await submitAs(h, openid, content, category)
    await publishBatchOf(h, r.publishesAt)
    return r
  }
  return { h, members: [a, b, c], supervisor, officer, submit }
}

export { CHAIR }
