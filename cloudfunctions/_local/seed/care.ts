import { unionDate } from '../../_shared/clock'
import { membersIn } from '../../_shared/members'
import type { LocalCloud } from '../cloud'

const CHAIR = 'demo-chair'
/** 李晓梅 (officer) and 黄雅琴 (member) visit for the union; 李晓梅 also keeps the hardship files. */
const CARERS = ['李晓梅', '黄雅琴']
const DAY = 24 * 3600 * 1000

/** 送温暖: two 慰问员, a season of visits, two open tasks (one overdue), one hardship file and a 中秋 distribution half signed for. */
export async function seedCare(cloud: LocalCloud): Promise<void> {
  const { data: roster } = await membersIn(cloud.db).limit(1000).get()
  const id = (name: string) => roster.find((m) => m.name === name)?._id as string
  const call = async (openid: string, event: Record<string, unknown>) => {
    const r = await cloud.call('care', event, openid)
    if (!r.ok) throw new Error(`seed care ${String(event.action)} failed: ${r.error.message}`)
    return r.data as { id: string }
  }
  for (const name of CARERS) {
    const r = await cloud.call('member', { action: 'tag', memberId: id(name), tags: ['慰问员'] }, CHAIR)
    if (!r.ok) throw new Error(`seed care tag failed: ${r.error.message}`)
  }
  await call(CHAIR, { action: 'hardship', op: 'keeper', memberId: id('李晓梅') })
  const wasFixed = cloud.clockIsFixed
  const now = cloud.now()
  const at = (daysAgo: number) => cloud.setClock(new Date(now.getTime() - daysAgo * DAY).toISOString())
  const day = (daysAgo: number) => unionDate(new Date(now.getTime() - daysAgo * DAY))
  try {
    at(30)
    const surgery = await call('demo-officer-2', { action: 'report', memberId: id('胡斌'), occasion: 'illness', note: '阑尾炎手术，住市一院' })
    at(29)
    await call('demo-officer-2', { action: 'record', memberId: id('胡斌'), occasion: 'illness', date: day(29), amount: 500, gift: '水果篮', visitors: ['李晓梅', '王建国'], taskId: surgery.id })
    at(20)
    await call('demo-member-3', { action: 'record', memberId: id('徐丹'), occasion: 'birth', date: day(20), amount: 500, gift: '婴儿用品一套', visitors: ['黄雅琴'], note: '喜得千金' })
    at(12)
    await call('demo-officer-2', { action: 'record', memberId: id('潘国栋'), occasion: 'illness', date: day(12), amount: 500, visitors: ['李晓梅', '张丽华'] })
    at(6)
    await call('demo-officer-2', { action: 'report', memberId: id('彭秀英'), occasion: 'bereavement', note: '母亲去世' })
    await call(CHAIR, {
      action: 'hardship',
      op: 'create',
      memberId: id('彭秀英'),
      cause: '爱人长期患病，子女在读，家庭收入低',
      level: 'serious',
      measures: '每学期走访一次；春节送慰问金；协助申请市总工会大病救助'
    })
    at(1)
    await call('demo-officer-2', { action: 'report', memberId: id('马俊'), occasion: 'illness', note: '骨折住院，市二院骨科 12 床' })
    at(0)
    const gift = await call(CHAIR, { action: 'distribute', title: '中秋慰问品', gift: '月饼一盒、食用油一桶' })
    for (const openid of ['demo-member-2', 'demo-officer-1']) await call(openid, { action: 'collect', distributionId: gift.id })
    await call('demo-officer-2', { action: 'collect', distributionId: gift.id, memberId: id('赵敏') })
  } finally {
    cloud.setClock(wasFixed ? now.toISOString() : null)
  }
}
