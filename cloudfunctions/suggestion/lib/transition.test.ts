import type { SuggestionDoc } from '../data/docs'
import { nextState } from './transition'
import { addDays } from '../../_shared/clock'

const TODAY = '2026-11-24'
const base: SuggestionDoc = { _id: '2611-K7Q3', number: '2611-K7Q3', month: '2026-11', content: '…', category: '后勤', status: 'received', reply: null, steps: [], claimHash: 'x' }
const code = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return (e as { code: string }).code + ' ' + (e as Error).message
  }
  return 'ok'
}

describe('the 督导室 timeline', () => {
  it('dates each step today and records the department and due date of a forward', () => {
    const s = nextState(base, { status: 'forwarded', forwardedTo: '后勤处', dueDate: '2026-12-01', reply: '已转后勤处' }, TODAY)
    expect(s).toMatchObject({ status: 'forwarded', forwardedTo: '后勤处', dueDate: '2026-12-01', reply: '已转后勤处' })
    expect(s.steps).toEqual([{ status: 'forwarded', date: TODAY, department: '后勤处', dueDate: '2026-12-01', note: '已转后勤处' }])
  })

  it('needs a department to forward; the due date, a week on unless given, is not in the past', () => {
    expect(code(() => nextState(base, { status: 'forwarded', dueDate: '2026-12-01' }, TODAY))).toMatch(/BAD_REQUEST 转交时请填写转交部门/)
    expect(nextState(base, { status: 'forwarded', forwardedTo: '后勤处' }, TODAY).dueDate).toBe(addDays(TODAY, 7))
    expect(code(() => nextState(base, { status: 'forwarded', forwardedTo: '后勤处', dueDate: '2026-11-23' }, TODAY))).toMatch(/不能早于今天/)
  })

  it('needs a reason to reject', () => {
    expect(code(() => nextState(base, { status: 'rejected' }, TODAY))).toMatch(/BAD_REQUEST 未采纳时请写明理由/)
    expect(nextState(base, { status: 'rejected', reply: '经费不足，明年预算再议' }, TODAY).reply).toBe('经费不足，明年预算再议')
  })

  it('keeps the department when a forwarded item only gets a reply, and clears the due date once adopted', () => {
    const f = { ...base, ...nextState(base, { status: 'forwarded', forwardedTo: '后勤处', dueDate: '2026-12-01' }, TODAY) }
    const again = { ...f, ...nextState(f, { status: 'forwarded', reply: '已催办' }, TODAY) }
    expect(again).toMatchObject({ forwardedTo: '后勤处', dueDate: '2026-12-01', reply: '已催办' })
    const adopted = nextState(again, { status: 'adopted', reply: '后勤处同意调整' }, TODAY)
    expect(adopted.dueDate).toBeUndefined()
    expect(adopted.forwardedTo).toBe('后勤处')
  })

  it('closes rejected and done items to anything but a further reply', () => {
    const done = { ...base, status: 'done' as const }
    expect(code(() => nextState(done, { status: 'forwarded', forwardedTo: '后勤处', dueDate: '2026-12-01' }, TODAY))).toMatch(/^CONFLICT/)
    expect(code(() => nextState({ ...base, status: 'rejected' }, { status: 'adopted' }, TODAY))).toMatch(/^CONFLICT/)
    expect(code(() => nextState(done, { status: 'done' }, TODAY))).toMatch(/请填写答复内容/)
    expect(nextState(done, { status: 'done', reply: '补充：已安装完毕' }, TODAY).steps).toHaveLength(1)
  })

  it('cannot mark done what was never adopted', () => {
    expect(code(() => nextState(base, { status: 'done' }, TODAY))).toMatch(/^CONFLICT/)
  })
})
