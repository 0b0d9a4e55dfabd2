import { unionDate } from '../../_shared/clock'
import type { LocalCloud } from '../cloud'

const CHAIR = 'demo-chair'
const DAY = 24 * 3600 * 1000
/** Nine 代表 (so two thirds is six); 陈思远, 周婷 and 黄雅琴 have demo phones (朱琳, 潘国栋, 刘芳 are left for the chair to tag). */
const DELEGATES = ['陈思远', '周婷', '黄雅琴', '吴强', '林涛', '罗勇', '赵敏', '孙浩', '何静']

/** 教代会: nine 代表, 王建国 on the 提案委员会, a meeting taking proposals with its agenda for the 代表, one proposal answered and one seeking seconds. */
export async function seedCongress(cloud: LocalCloud): Promise<void> {
  const call = async (fn: string, openid: string, event: Record<string, unknown>) => {
    const r = await cloud.call(fn, event, openid)
    if (!r.ok) throw new Error(`seed congress ${String(event.action)} failed: ${r.error.message}`)
    return r.data as { id: string }
  }
  // tagByNames adds: 黄雅琴 keeps her 慰问员 tag
  await call('member', CHAIR, { action: 'tagByNames', names: DELEGATES, tag: '教代会代表' })
  await call('member', CHAIR, { action: 'tagByNames', names: ['王建国'], tag: '提案委员会' })
  const now = cloud.now().getTime()
  // 14:00 Beijing on the day, as a chair would set it
  const at = (days: number) => `${unionDate(new Date(now + days * DAY))}T06:00:00.000Z`
  const m = await call('congress', CHAIR, {
    action: 'createMeeting',
    title: '第五届教代会第三次会议',
    proposalOpensAt: at(-10),
    proposalClosesAt: at(14),
    heldAt: at(21),
    requestId: 'seed-congress-meeting'
  })
  // a 会议文件 for the 代表 alone; 周婷 has opened it, 陈思远 not yet
  const agenda = await call('notice', CHAIR, {
    action: 'publish',
    title: '第五届教代会第三次会议议程',
    category: 'notice',
    body: '一、听取和审议学校工作报告；\n\n二、听取和审议提案工作报告；\n\n三、审议通过教职工绩效工资分配办法（修订稿）。\n\n请各位代表提前阅读会议材料，按时出席。',
    audience: { tags: ['教代会代表'] },
    meetingId: m.id,
    requestId: 'seed-congress-agenda'
  })
  await call('notice', 'demo-member-2', { action: 'get', id: agenda.id })
  const lunch = await call('congress', 'demo-member-1', {
    action: 'submit',
    meetingId: m.id,
    title: '关于改善教工午餐的提案',
    reason: '教工午餐品种少，中午排队超过二十分钟，下午第一节有课的老师来不及吃饭。',
    measures: '增设一个教工专用窗口；每周五公布下周菜单；有课的老师可提前取餐。',
    category: '后勤',
    requestId: 'seed-congress-lunch'
  })
  await call('congress', 'demo-member-2', { action: 'second', id: lunch.id })
  await call('congress', 'demo-member-3', { action: 'second', id: lunch.id })
  await call('congress', CHAIR, { action: 'decide', id: lunch.id, decision: 'accepted', reason: '反映问题普遍，同意立案', department: '后勤处', dueAt: at(20) })
  await call('congress', CHAIR, { action: 'answer', id: lunch.id, answer: '后勤处已于本周起增设教工窗口，菜单每周五在校园网公布。' })
  await call('congress', 'demo-member-2', {
    action: 'submit',
    meetingId: m.id,
    title: '关于增设教工休息室的提案',
    reason: '课间和午休没有固定的休息场所。',
    measures: '将三楼空教室改造为教工休息室，配备饮水机和沙发。',
    category: '福利',
    requestId: 'seed-congress-rest'
  })
}
