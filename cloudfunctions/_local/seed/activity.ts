import { inUnionTz } from '../../_shared/clock'
import type { LocalCloud } from '../cloud'

const OFFICER = 'demo-officer-1'

type Reply = { ok: true; data: any } | { ok: false; error: { message: string } }

async function must(cloud: LocalCloud, event: Record<string, unknown>, openid: string): Promise<any> {
  const r = (await cloud.call('activity', event, openid)) as Reply
  if (!r.ok) throw new Error(`seed activity.${String(event.action)} failed: ${r.error.message}`)
  return r.data
}

/** A Shanghai wall-clock time `days` from now, as an ISO instant. */
const at = (now: Date, days: number, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return inUnionTz(now).add(days, 'day').hour(h).minute(m).second(0).millisecond(0).toDate().toISOString()
}

/** Binds phones for unbound members, so the demo has a crowd on the outing (openids seed-crowd-n). */
async function crowd(cloud: LocalCloud, n: number): Promise<string[]> {
  const r = (await cloud.call('member', { action: 'list' }, 'demo-chair')) as Reply
  if (!r.ok) throw new Error(r.error.message)
  const unbound = (r.data.items as { inviteCode?: string; retired?: boolean }[]).filter((m) => m.inviteCode && !m.retired).slice(0, n)
  const openids: string[] = []
  for (const [i, m] of unbound.entries()) {
    const openid = `seed-crowd-${i + 1}`
    const b = (await cloud.call('member', { action: 'bind', inviteCode: m.inviteCode }, openid)) as Reply
    if (b.ok) openids.push(openid)
  }
  return openids
}

async function sportsDay(cloud: LocalCloud, now: Date): Promise<void> {
  const a = await must(
    cloud,
    {
      action: 'create',
      title: '秋季运动会',
      description: '一年一度的教职工秋季运动会，上午径赛、下午趣味赛，请选择一个场次报名。每个部门每场最多 12 人。',
      place: '学校田径场',
      startAt: at(now, 10, '08:00'),
      endAt: at(now, 10, '17:00'),
      signupClosesAt: at(now, 7, '18:00'),
      quotas: { 语文组: 12, 数学组: 12, 英语组: 12 },
      batches: [
        { label: '上午场（径赛）', capacity: 40 },
        { label: '下午场（趣味赛）', capacity: 40 }
      ],
      fields: [
        { key: 'size', label: '衣服尺码', type: 'single', options: ['S', 'M', 'L', 'XL', 'XXL'], required: true },
        { key: 'events', label: '参赛项目', type: 'multiple', options: ['100米', '4×100米接力', '跳远', '拔河', '跳绳'], required: true },
        { key: 'family', label: '携带家属人数', type: 'number', min: 0, max: 3 }
      ]
    },
    OFFICER
  )
  const entries: [string, string, string, string[]][] = [
    ['demo-member-2', 'b1', 'M', ['100米', '跳远']],
    ['demo-member-3', 'b2', 'S', ['跳绳']],
    ['demo-officer-2', 'b2', 'M', ['拔河', '跳绳']],
    ['demo-member-4', 'b1', 'L', ['4×100米接力']]
  ]
  for (const [who, batch, size, events] of entries) await must(cloud, { action: 'signup', id: a.id, batch, answers: { size, events, family: 1 } }, who)
}

async function outing(cloud: LocalCloud, now: Date, phones: string[]): Promise<void> {
  const a = await must(
    cloud,
    {
      action: 'create',
      title: '周末登山',
      description: '周六上午登紫金山，沿途赏秋色。名额 20 人，报满后可候补，有人取消时按顺序递补。',
      place: '紫金山 中山陵停车场集合',
      startAt: at(now, 4, '08:30'),
      endAt: at(now, 4, '12:00'),
      signupClosesAt: at(now, 3, '20:00'),
      capacity: 20,
      waitlist: true,
      fields: [{ key: 'car', label: '是否自驾', type: 'single', options: ['自驾', '拼车', '公共交通'], required: true }]
    },
    OFFICER
  )
  const who = ['demo-member-2', 'demo-member-3', 'demo-member-4', 'demo-member-6', 'demo-officer-2', ...phones]
  for (const [i, openid] of who.slice(0, 22).entries()) await must(cloud, { action: 'signup', id: a.id, answers: { car: ['自驾', '拼车', '公共交通'][i % 3] } }, openid)
}

async function flowers(cloud: LocalCloud, now: Date): Promise<void> {
  const a = await must(
    cloud,
    {
      action: 'create',
      title: '女职工插花',
      description: '三八节前的插花沙龙，花材由工会准备，请带一把剪刀。',
      place: '工会活动室（行政楼 3 楼）',
      startAt: at(now, 6, '15:30'),
      endAt: at(now, 6, '17:30'),
      signupClosesAt: at(now, 5, '12:00'),
      capacity: 15,
      eligibility: { gender: 'F' }
    },
    OFFICER
  )
  for (const openid of ['demo-member-2', 'demo-member-3', 'demo-officer-2']) await must(cloud, { action: 'signup', id: a.id }, openid)
}

/** Held three weeks ago: sign-ups then, check-in by code and by an officer on the day. */
async function pastGames(cloud: LocalCloud, now: Date, phones: string[]): Promise<void> {
  cloud.setClock(at(now, -30, '09:00'))
  const a = await must(
    cloud,
    {
      action: 'create',
      title: '教职工趣味运动会',
      description: '托球跑、夹球跳、拔河，欢乐一下午。',
      place: '体育馆',
      startAt: at(now, -21, '14:00'),
      endAt: at(now, -21, '17:00'),
      signupClosesAt: at(now, -23, '18:00'),
      capacity: 30
    },
    OFFICER
  )
  const who = ['demo-member-1', 'demo-member-2', 'demo-member-3', 'demo-member-5', 'demo-officer-2', ...phones.slice(0, 9)]
  for (const openid of who) await must(cloud, { action: 'signup', id: a.id }, openid)
  cloud.setClock(at(now, -21, '14:10'))
  const { code } = await must(cloud, { action: 'checkinCode', id: a.id }, OFFICER)
  for (const openid of who.slice(0, 9)) await must(cloud, { action: 'checkin', id: a.id, code }, openid)
  const roster = await must(cloud, { action: 'roster', id: a.id }, OFFICER)
  const late = roster.confirmed.find((e: { attended: boolean }) => !e.attended)
  if (late) await must(cloud, { action: 'attendance', id: a.id, memberId: late.memberId, attended: true }, OFFICER)
}

/** 秋季运动会 (batches, fields), 周末登山 (full, a waitlist), 女职工插花 (women), a past 趣味运动会. */
export async function seedActivity(cloud: LocalCloud): Promise<void> {
  const saved = cloud.clockIsFixed ? cloud.now().toISOString() : null
  const now = cloud.now()
  try {
    const phones = await crowd(cloud, 17)
    await pastGames(cloud, now, phones)
    cloud.setClock(saved)
    await sportsDay(cloud, now)
    await outing(cloud, now, phones)
    await flowers(cloud, now)
  } finally {
    cloud.setClock(saved)
  }
}

/**
 * 寒假疗休养 by lottery, after the suggestion seed has named the 督导员: the chair has named the
 * keyholders (herself and the 督导员), neither has locked a key yet, and three members have entered.
 */
export async function seedLottery(cloud: LocalCloud): Promise<void> {
  const now = cloud.now()
  const a = await must(
    cloud,
    {
      action: 'create',
      title: '寒假疗休养（第一批）',
      description: '寒假疗休养分两批，每批 45 人。报名截止后统一抽签，抽签公开可验证；近 2 次抽签报了名却没抽中的会员优先。',
      place: '浙江安吉',
      startAt: at(now, 45, '08:00'),
      endAt: at(now, 49, '17:00'),
      signupClosesAt: at(now, 6, '18:00'),
      capacity: 45,
      allocation: 'lottery',
      priority: { lastN: 2 },
      offerHours: 24
    },
    OFFICER
  )
  const candidates = await must(cloud, { action: 'keyholderCandidates', id: a.id }, 'demo-chair')
  const supervisor = candidates.items.find((c: { role: string }) => c.role === '督导员')
  if (supervisor) await must(cloud, { action: 'setKeyholders', id: a.id, memberIds: [supervisor.memberId] }, 'demo-chair')
  for (const m of ['demo-member-2', 'demo-member-3', 'demo-member-5']) await must(cloud, { action: 'signup', id: a.id }, m)
}
