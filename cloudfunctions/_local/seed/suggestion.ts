import { sha256Hex } from '../../../types/draw'
import { dayjs, UNION_TZ } from '../../_shared/clock'
import { membersIn } from '../../_shared/members'
import type { LocalCloud } from '../cloud'
import { publishDue, submitAsPhone } from './suggestion-tokens'

const CHAIR = 'demo-chair'
const DESK = 'demo-officer-1'
const AUTHORS = ['demo-member-1', 'demo-member-2', 'demo-member-3', 'demo-member-4', 'demo-member-5', 'demo-member-6', 'demo-officer-2']

type Step = { day: number; status: string; reply?: string; forwardedTo?: string; dueIn?: number }
type Seed = { content: string; category: string; steps?: Step[]; prize?: string }

/** Last month, closed: handled through to the end, with winners published and one prize claimed. */
const LAST: Seed[] = [
  {
    content: '建议把每周教研活动固定在周三下午第七节，避免和晚自习值班冲突，也方便跨年级听课。',
    category: '教学',
    prize: '一等奖',
    steps: [
      { day: 6, status: 'forwarded', forwardedTo: '教务处', dueIn: 7, reply: '已转教务处，请下周内答复' },
      { day: 11, status: 'adopted', reply: '教务处同意，下月起教研统一安排在周三第七节' },
      { day: 25, status: 'done', reply: '新课表已执行' }
    ]
  },
  {
    content: '三楼教师办公室的饮水机滤芯很久没换了，水有异味，希望尽快更换，并在机身上贴出更换日期。',
    category: '后勤',
    prize: '二等奖',
    steps: [
      { day: 8, status: 'forwarded', forwardedTo: '后勤处', dueIn: 3 },
      { day: 10, status: 'adopted', reply: '后勤处已排查全校饮水机' },
      { day: 12, status: 'done', reply: '全部滤芯已更换，今后每季度更换并张贴日期' }
    ]
  },
  { content: '希望生日蛋糕券可以换成书店购书卡，让老师自己选。', category: '福利', prize: '鼓励奖', steps: [{ day: 15, status: 'adopted', reply: '明年起生日福利可在蛋糕券和购书卡中二选一' }] },
  {
    content: '期中考试的监考安排能否提前一周公布？临时通知很难调课。',
    category: '管理',
    steps: [{ day: 18, status: 'forwarded', forwardedTo: '教务处', dueIn: 5, reply: '已请教务处说明今后的公布时间' }]
  },
  { content: '建议在教学楼一楼门厅放一个雨伞架，下雨天走廊全是水。', category: '其他', steps: [{ day: 20, status: 'rejected', reply: '门厅是消防通道，不能放置杂物；已给各办公室配了伞桶' }] },
  { content: '食堂周五中午菜品太少，上完第四节课过去基本没菜了。', category: '后勤', steps: [{ day: 22, status: 'forwarded', forwardedTo: '后勤处', dueIn: 14 }] }
]

/** This month, still open: new, forwarded, answered. */
const THIS: Seed[] = [
  { content: '新教师“师徒结对”希望落到实处：师傅每学期至少听徒弟 8 节课，工会给师傅记工作量。', category: '教学' },
  { content: '教工停车场晚上没有照明，晚自习后取车很不安全，建议加装路灯。', category: '后勤', steps: [{ day: 0, status: 'forwarded', forwardedTo: '后勤处', dueIn: 7, reply: '已转后勤处' }] },
  { content: '建议请校医或区医院医生来做一次体检报告解读讲座。', category: '福利', steps: [{ day: 0, status: 'adopted', reply: '已联系区医院，体检结束后安排' }] },
  { content: '学校通知分散在十几个群里，容易漏看，建议统一在工会助手里发布。', category: '管理', steps: [{ day: 0, status: 'received', reply: '已收到，正在和校办商量' }] },
  { content: '周末能否把体育馆开放给教职工和家属？可以预约登记。', category: '其他' },
  { content: '复印室早上排队很严重，建议加一台复印机，或者按年级错峰。', category: '教学', steps: [{ day: 0, status: 'forwarded', forwardedTo: '教务处', dueIn: 10 }] }
]

/**
 * Two months of the box: last month handled, awarded, drawn and partly claimed; this month in
 * progress. demo-officer-1 is named 督导员. The clock is moved to each step's day and restored.
 */
export async function seedSuggestion(cloud: LocalCloud): Promise<void> {
  const wasFixed = cloud.clockIsFixed
  const now = dayjs(cloud.now()).tz(UNION_TZ)
  const last = now.subtract(1, 'month').startOf('month')
  const at = (d: dayjs.Dayjs) => cloud.setClock(d.toISOString())
  const call = async (openid: string, event: Record<string, unknown>) => {
    // a suggestion is sent as a phone sends it: a token as the member, then the anonymous path
    if (event.action === 'submit') return submitAsPhone(cloud, openid, event)
    const res = await cloud.call('suggestion', event, openid)
    if (!res.ok) throw new Error(`seed suggestion ${String(event.action)} failed: ${res.error.message}`)
    return res.data as Record<string, unknown>
  }
  try {
    const { data } = await membersIn(cloud.db).where({ openid: DESK }).limit(1).get()
    await call(CHAIR, { action: 'setSupervisor', memberId: data[0]._id, supervisor: true })
    at(last.add(1, 'day').hour(9))
    // the keyed draw: the chair and the 督导员 each lock a key in the month and reveal it after the close
    const secret = `demo-draw-${last.format('YYYY-MM')}-union-secret`
    const deskSecret = `demo-draw-${last.format('YYYY-MM')}-supervisor-secret`
    await call(CHAIR, { action: 'setKeyholders', month: last.format('YYYY-MM'), memberIds: [data[0]._id], count: 1 })
    await call(CHAIR, { action: 'commitDraw', month: last.format('YYYY-MM'), commitment: sha256Hex(secret) })
    await call(DESK, { action: 'commitDraw', month: last.format('YYYY-MM'), commitment: sha256Hex(deskSecret) })
    const lastOut = await seedMonth(LAST, last, 5, at, call)
    at(now.startOf('month').hour(9).isAfter(now) ? now : now.startOf('month').hour(9))
    const winners = LAST.map((s, i) => ({ number: lastOut[i].number, prize: s.prize })).filter((w) => w.prize)
    await call(CHAIR, { action: 'award', month: last.format('YYYY-MM'), winners })
    await call(CHAIR, { action: 'reveal', month: last.format('YYYY-MM'), secret })
    await call(DESK, { action: 'reveal', month: last.format('YYYY-MM'), secret: deskSecret })
    await call(AUTHORS[0], { action: 'claim', number: lastOut[0].number, claimCode: lastOut[0].claimCode })
    const span = Math.max(0, now.date() - 1)
    await seedMonth(THIS, now.startOf('month'), span, at, call, now)
    // today's batch waits for 17:00 like any other; everything before it is on the board
    await publishDue(cloud, now.toDate())
  } finally {
    cloud.setClock(wasFixed ? now.toISOString() : null)
  }
}

async function seedMonth(
  seeds: Seed[],
  start: dayjs.Dayjs,
  span: number,
  at: (d: dayjs.Dayjs) => void,
  call: (openid: string, event: Record<string, unknown>) => Promise<Record<string, unknown>>,
  stepDay?: dayjs.Dayjs
): Promise<{ number: string; claimCode: string }[]> {
  const out: { number: string; claimCode: string }[] = []
  for (let i = 0; i < seeds.length; i++) {
    at(start.add(Math.min(i, span), 'day').hour(8 + i))
    const { number, claimCode } = await call(AUTHORS[i % AUTHORS.length], { action: 'submit', content: seeds[i].content, category: seeds[i].category })
    out.push({ number: number as string, claimCode: claimCode as string })
  }
  // the desk works through the month afterwards, step by step in day order
  const steps = seeds.flatMap((s, i) => (s.steps ?? []).map((st) => ({ ...st, number: out[i].number })))
  for (const st of steps.sort((a, b) => a.day - b.day)) {
    const day = stepDay ?? start.add(st.day, 'day').hour(16)
    at(day)
    const event: Record<string, unknown> = { action: 'reply', number: st.number, status: st.status }
    if (st.reply) event.reply = st.reply
    if (st.forwardedTo) event.forwardedTo = st.forwardedTo
    if (st.dueIn) event.dueDate = day.add(st.dueIn, 'day').format('YYYY-MM-DD')
    await call(st.day % 2 ? DESK : CHAIR, event)
  }
  return out
}
