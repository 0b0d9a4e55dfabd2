import { CHAIR, careKit } from '../testing'

const carePushes = (k: Awaited<ReturnType<typeof careKit>>) => k.h.cloud.outbox.filter((o) => o.page.startsWith('officer/pages/care'))

describe('care.remind timer: overdue visits reminded once a Beijing day', () => {
  it('reminds the assigned 慰问员 and the chair once the Beijing due day has passed, once however often the timer fires', async () => {
    // reported 2026-11-24 23:59 Beijing (15:59 UTC): a hospital stay is due the 27th
    const k = await careKit(1, { now: '2026-11-24T15:59:00.000Z' })
    const carerId = (await k.h.ok('member', k.who.carer, { action: 'me' })).member.id
    await k.ok(k.who.chair, { action: 'report', memberId: k.member(0).id, occasion: 'illness', assigneeId: carerId })
    for (const who of [k.who.carer, k.who.chair, k.who.keeper]) await k.h.ok('member', who, { action: 'subscribe', templateKey: 'notice', accepted: true })
    k.h.setNow('2026-11-27T15:59:59.000Z') // Beijing 23:59:59 on the 27th: still on time
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ ok: true, data: { overdue: 0, reminded: 0 } })
    k.h.setNow('2026-11-27T16:00:00.000Z') // Beijing midnight: a day late
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ ok: true, data: { overdue: 1, reminded: 1, pushed: 2 } })
    k.h.setNow('2026-11-28T03:00:00.000Z') // the same Beijing day, fired again
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ ok: true, data: { overdue: 1, reminded: 0, pushed: 0 } })
    const sent = carePushes(k)
    // the 慰问员 assigned and the chair, not the other 慰问员 (赵档案)
    expect(sent.map((o) => o.touser).sort()).toEqual(['boss', 'carer'])
    expect(sent[0].data).toMatchObject({ title: `走访超期：${k.member(0).name}`, note: expect.stringContaining('已超期 1 天') })
  }, 60000)

  it('reminds again the next Beijing day while the task is open, and stops once the visit is recorded', async () => {
    const k = await careKit(1, { now: '2026-11-24T02:00:00.000Z' })
    const task = await k.ok(k.who.carer, { action: 'report', memberId: k.member(0).id, occasion: 'bereavement' }) // due the 26th
    for (let i = 0; i < 3; i++) await k.h.ok('member', k.who.chair, { action: 'subscribe', templateKey: 'notice', accepted: true })
    k.h.setNow('2026-11-26T16:30:00.000Z') // Beijing 27th 00:30
    expect((await k.h.cloud.fireTimer('care', 'remind')).ok).toBe(true)
    k.h.setNow('2026-11-27T16:30:00.000Z') // Beijing 28th 00:30
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ data: { reminded: 1 } })
    expect(carePushes(k).filter((o) => o.touser === 'boss')).toHaveLength(2)
    await k.ok(k.who.carer, { action: 'record', memberId: k.member(0).id, occasion: 'bereavement', date: '2026-11-28', amount: 500, taskId: task.id })
    k.h.setNow('2026-11-28T16:30:00.000Z')
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ data: { overdue: 0, reminded: 0 } })
    expect(carePushes(k)).toHaveLength(2)
  }, 60000)

  it('with no grant no message is sent, and the 工作台 still shows the overdue task', async () => {
    const k = await careKit(1, { now: '2026-11-24T02:00:00.000Z' })
    await k.ok(k.who.carer, { action: 'report', memberId: k.member(0).id, occasion: 'illness' })
    k.h.setNow('2026-11-28T02:00:00.000Z')
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ ok: true, data: { overdue: 1, reminded: 1, pushed: 0 } })
    expect(carePushes(k)).toEqual([])
    const tool = ((await k.h.ok('member', CHAIR, { action: 'workbench' })).tools as any[]).find((t) => t.key === 'care')
    expect(tool).toMatchObject({ count: 1, hint: '1 个走访任务已超期' })
  }, 60000)

  it('refuses a timer event that carries an OPENID (a forgery) and sends nothing', async () => {
    const k = await careKit(1, { now: '2026-11-24T02:00:00.000Z' })
    await k.ok(k.who.carer, { action: 'report', memberId: k.member(0).id, occasion: 'illness' })
    await k.h.ok('member', k.who.chair, { action: 'subscribe', templateKey: 'notice', accepted: true })
    k.h.setNow('2026-11-28T02:00:00.000Z')
    expect(await k.call(k.who.chair, { Type: 'Timer', TriggerName: 'remind', Time: '2026-11-28T02:00:00.000Z' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(carePushes(k)).toEqual([])
    // the real timer that day still reminds: the forgery claimed nothing
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ data: { reminded: 1, pushed: 1 } })
  }, 60000)

  it('reminds the chair and the keeper once when a hardship file’s yearly review falls due, without naming the member', async () => {
    const k = await careKit(1, { now: '2025-11-24T02:00:00.000Z' })
    await k.ok(k.who.chair, { action: 'hardship', op: 'create', memberId: k.member(0).id, cause: '本人重病', level: 'serious', measures: '每学期走访' })
    for (const who of [k.who.chair, k.who.keeper, k.who.carer]) await k.h.ok('member', who, { action: 'subscribe', templateKey: 'notice', accepted: true })
    k.h.setNow('2026-11-23T02:00:00.000Z')
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ data: { reviews: 0 } })
    k.h.setNow('2026-11-24T02:00:00.000Z')
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ data: { reviews: 1, pushed: 2 } })
    k.h.setNow('2026-11-25T02:00:00.000Z')
    expect(await k.h.cloud.fireTimer('care', 'remind')).toMatchObject({ data: { reviews: 0, pushed: 0 } })
    const sent = carePushes(k)
    expect(sent.map((o) => o.touser).sort()).toEqual(['boss', 'keeper'])
    expect(JSON.stringify(sent)).not.toContain(k.member(0).name)
  }, 60000)
})
