import type { LocalCloud } from '../cloud'

const CHAIR = 'demo-chair'
const SPORTS_OFFICER = 'demo-officer-1'
const UNITS = ['语文组', '数学组', '英语组', '理化生组', '体育组', '艺术组', '行政处', '后勤处']

type Row = [name: string, value: string | number]

const SPRINT: Row[] = [
  ['罗勇', '12.41'],
  ['陈思远', '12.87'],
  ['吴强', '12.87'],
  ['林涛', '13.50'],
  ['胡斌', '13.30'],
  ['韩笑', '13.62'],
  ['许文博', '14.10'],
  ['曹阳', '14.55']
]
const JUMP: Row[] = [
  ['梁雪', '2.31'],
  ['黄雅琴', '2.12'],
  ['赵敏', '2.05'],
  ['周婷', '1.98'],
  ['谢婉清', '1.92'],
  ['朱琳', '1.86'],
  ['邓洁', '1.75'],
  ['彭秀英', '1.68']
]
const TUG: Row[] = [
  ['体育组', 3],
  ['后勤处', 2],
  ['数学组', 2],
  ['语文组', 1],
  ['理化生组', 1],
  ['英语组', 0],
  ['艺术组', 0],
  ['行政处', 0]
]
const LESSON: [string, number[]][] = [
  ['唐诗雨', [92, 94, 95, 91, 97]],
  ['杜鹃', [90, 93, 92, 94, 88]],
  ['郑佳怡', [89, 91, 90, 93, 92]],
  ['徐丹', [95, 90, 91, 89, 90]],
  ['高飞', [86, 88, 90, 87, 85]],
  ['叶青', [84, 90, 88, 86, 87]]
]

type Call = <T = any>(openid: string, event: Record<string, unknown>) => Promise<T>

/**
 * 2026年青年教师赛课 (judged, published) and 2026年秋季教职工运动会: 男子100米 (a tie, a corrected
 * time) and 女子立定跳远 published, a jump corrected after publishing and 拔河 awaiting the chair's review.
 */
export async function seedCompetition(cloud: LocalCloud): Promise<void> {
  const call: Call = async (openid, event) => {
    const res = await cloud.call('competition', event, openid)
    if (!res.ok) throw new Error(`seed competition.${String(event.action)} failed: ${res.error.message}`)
    return res.data as any
  }
  const roster = (await cloud.call('member', { action: 'list' }, CHAIR)) as { ok: true; data: { items: { id: string; name: string; unit: string }[] } }
  const who = (name: string) => roster.data.items.find((m) => m.name === name) as { id: string; unit: string }
  const contest = await call(SPORTS_OFFICER, { action: 'create', title: '2026年青年教师赛课', units: UNITS, unitLimit: 2, personLimit: 1 })
  const lesson = await call<{ id: string }>(SPORTS_OFFICER, {
    action: 'addEvent',
    competitionId: contest.id,
    name: '青年教师赛课',
    kind: 'judged',
    dropHighLow: true,
    judges: 5,
    maxScore: 100,
    prizes: { first: 1, second: 2, third: 3, others: true }
  })
  const comp = await call(SPORTS_OFFICER, { action: 'create', title: '2026年秋季教职工运动会', units: UNITS, unitLimit: 2, personLimit: 2 })
  const event = (e: Record<string, unknown>) => call<{ id: string }>(SPORTS_OFFICER, { action: 'addEvent', competitionId: comp.id, ...e })
  const sprint = await event({ name: '100米', kind: 'timed', category: '男子' })
  const jump = await event({ name: '立定跳远', kind: 'measured', category: '女子' })
  const tug = await event({ name: '拔河', kind: 'measured', measure: 'count', team: true, unitLimit: 12, points: [9, 7, 6, 5, 4, 3, 2, 1] })

  const entered = async (eventId: string, name: string) => {
    const m = who(name)
    await call(CHAIR, { action: 'enter', eventId, memberId: m.id })
    return m
  }
  for (const [name, value] of SPRINT) {
    const m = await entered(sprint.id, name)
    await call(SPORTS_OFFICER, { action: 'recordResult', eventId: sprint.id, unit: m.unit, memberId: m.id, value })
  }
  // a timekeeper's slip, corrected before the chair's review: it shows in 修改记录
  await call('demo-officer-2', { action: 'recordResult', eventId: sprint.id, unit: '英语组', memberId: who('林涛').id, value: '13.05' })
  for (const [name, value] of JUMP) {
    const m = await entered(jump.id, name)
    await call(SPORTS_OFFICER, { action: 'recordResult', eventId: jump.id, unit: m.unit, memberId: m.id, value })
  }
  for (const [name, scores] of LESSON) {
    const m = await entered(lesson.id, name)
    await call(SPORTS_OFFICER, { action: 'recordResult', eventId: lesson.id, unit: m.unit, memberId: m.id, scores })
  }
  for (const id of [lesson.id, sprint.id, jump.id]) await call(CHAIR, { action: 'publish', eventId: id })
  // recorded after publishing: waits for the chair's review, members still see the published jump
  await call(SPORTS_OFFICER, { action: 'recordResult', eventId: jump.id, unit: '数学组', memberId: who('周婷').id, value: '2.01' })
  for (const [unit, wins] of TUG) await call(SPORTS_OFFICER, { action: 'recordResult', eventId: tug.id, unit, name: `${unit}队`, value: wins })
}
