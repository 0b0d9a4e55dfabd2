import { statsOf } from './stats'

const at = (date: string) => `${date}T02:00:00.000Z`
const accepted = (dueAt?: string) => ({ decision: 'accepted' as const, reason: '同意立案', at: at('2026-12-01'), by: 'm1', ...(dueAt ? { dueAt } : {}) })

it('按期答复: the first answer by its Shanghai due date, and any answer at all when no due date was set', () => {
  const s = statsOf([
    { status: 'answered', decision: accepted(at('2026-12-20')), answers: [{ answer: '按期', at: at('2026-12-20'), by: 'm1' }] },
    { status: 'answered', decision: accepted(at('2026-12-20')), answers: [{ answer: '晚了', at: at('2026-12-21'), by: 'm1' }] },
    { status: 'answered', decision: accepted(), answers: [{ answer: '期限待定', at: at('2027-06-01'), by: 'm1' }] },
    { status: 'accepted', decision: accepted(), answers: [] }
  ])
  expect(s).toMatchObject({ proposals: 4, accepted: 4, answered: 3, answeredOnTime: 2 })
})
