import { careKit } from '../testing'

describe('care tasks: due by the rule, overdue after Beijing midnight', () => {
  it('a hospital stay reported at 23:59 Beijing is due three Beijing days on, and overdue from the next Beijing midnight', async () => {
    // 2026-11-24 23:59 Beijing is 15:59 UTC: a server on UTC (or Los Angeles) still calls it the 24th's afternoon/night before
    const k = await careKit(1, { now: '2026-11-24T15:59:00.000Z' })
    const m = k.member(0)
    const task = await k.ok(k.who.keeper, {
      action: 'report',
      memberId: m.id,
      occasion: 'illness',
      note: '住院，市一院 8 楼',
      assigneeId: (await k.h.ok('member', k.who.carer, { action: 'me' })).member.id
    })
    expect(task).toMatchObject({ dueDate: '2026-11-27', overdue: false, status: 'open', reportedBy: '赵档案', assignee: { name: '李慰问' } })
    k.h.setNow('2026-11-25T16:00:00.000Z') // Beijing 11-26 00:00: a report now is due the 29th
    expect((await k.ok(k.who.carer, { action: 'report', memberId: m.id, occasion: 'illness' })).dueDate).toBe('2026-11-29')
    k.h.setNow('2026-11-27T15:59:59.000Z') // Beijing 11-27 23:59:59: the last moment on time
    expect((await k.ok(k.who.carer, { action: 'overdue' })).items).toHaveLength(0)
    k.h.setNow('2026-11-27T16:00:00.000Z') // Beijing 11-28 00:00
    const { items } = await k.ok(k.who.carer, { action: 'overdue' })
    expect(items.map((t: any) => [t.name, t.dueDate])).toEqual([[m.name, '2026-11-27']])
    const all = await k.ok(k.who.carer, { action: 'tasks' })
    expect(all.items.map((t: any) => t.overdue)).toEqual([true, false])
  })

  it('recording the visit closes its task, once', async () => {
    const k = await careKit(1)
    const m = k.member(0)
    const task = await k.ok(k.who.carer, { action: 'report', memberId: m.id, occasion: 'birth' })
    await k.ok(k.who.carer, { action: 'record', memberId: m.id, occasion: 'birth', date: '2026-11-24', amount: 500, taskId: task.id })
    expect((await k.ok(k.who.carer, { action: 'tasks' })).items).toHaveLength(0)
    const done = await k.ok(k.who.carer, { action: 'tasks', status: 'done' })
    expect(done.items[0]).toMatchObject({ id: task.id, status: 'done' })
    expect(await k.call(k.who.carer, { action: 'record', memberId: m.id, occasion: 'birth', date: '2026-11-24', gift: '鸡蛋', taskId: task.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
  })
})
