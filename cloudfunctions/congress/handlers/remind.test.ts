import { CHAIR, congressKit } from '../testing'

it('an answer past its due date shows in the chair’s 工作台 and is reminded once a Shanghai day, however often the timer fires', async () => {
  const k = await congressKit(3)
  const p = await k.propose('d1')
  await k.ok('d2', { action: 'second', id: p.id })
  await k.ok('d3', { action: 'second', id: p.id })
  // due by the end of 20 December, Beijing
  await k.ok(k.who.chair, { action: 'decide', id: p.id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: '2026-12-20T15:00:00.000Z' })
  await k.h.ok('member', 'boss', { action: 'subscribe', templateKey: 'notice', accepted: true })
  await k.h.ok('member', 'boss', { action: 'subscribe', templateKey: 'notice', accepted: true })
  const tool = async () => ((await k.h.ok('member', CHAIR, { action: 'workbench' })).tools as any[]).find((t) => t.key === 'congress')
  k.h.setNow('2026-12-20T15:30:00.000Z') // 23:30 on the 20th in Shanghai: still on time
  expect(await tool()).toMatchObject({ count: 0 })
  expect(await k.h.cloud.fireTimer('congress', 'remind')).toMatchObject({ ok: true, data: { overdue: 0 } })
  k.h.setNow('2026-12-20T16:30:00.000Z') // 00:30 on the 21st in Shanghai: a day late
  expect(await tool()).toMatchObject({ count: 1, hint: '1 件立案提案超期未答复', page: '/congress/pages/meetings/index' })
  expect((await k.ok(k.who.member, { action: 'get', id: p.id })).overdueDays).toBe(1)
  expect(await k.h.cloud.fireTimer('congress', 'remind')).toMatchObject({ ok: true, data: { overdue: 1, reminded: 1 } })
  expect(await k.h.cloud.fireTimer('congress', 'remind')).toMatchObject({ ok: true, data: { overdue: 1, reminded: 0 } })
  const pushed = k.h.cloud.outbox.filter((o) => o.page.startsWith('congress/'))
  expect(pushed).toHaveLength(1)
  expect(pushed[0]).toMatchObject({ touser: 'boss', page: `congress/pages/proposal/index?id=${p.id}` })
  await k.ok(k.who.chair, { action: 'answer', id: p.id, answer: '已增加窗口' })
  expect(await tool()).toMatchObject({ count: 0 })
}, 60000)
