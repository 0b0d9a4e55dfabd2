import type { WorkbenchInput, WorkbenchOutput, WorkbenchTool } from '../../../types/workbench'
import type { Ctx } from '../../_shared/ctx'
import { CARER_TAG } from '../../_shared/members'
import { isDesk, latestNotice, openActivities, overdueCareTasks, overdueProposals, pendingResults, suggestionCounts, unboundMembers, unreadNotices } from './workbench-counts'

const OFFICER = '/officer/pages'

/** 工作台 (officer+): every tool the caller's role may use, with what waits there; the page only draws it. */
export async function workbench(_input: WorkbenchInput, ctx: Ctx): Promise<WorkbenchOutput> {
  const chair = ctx.role === 'chair'
  const [desk, activities] = await Promise.all([isDesk(ctx), openActivities(ctx)])
  const tools: WorkbenchTool[] = []
  if (chair) tools.push(...(await noticeTools(ctx)))
  tools.push(
    { key: 'activity-new', group: 'activity', label: '发起活动', page: `${OFFICER}/activity-edit/index`, hint: '报名时间、名额、各部门名额' },
    {
      key: 'activities',
      group: 'activity',
      label: '活动与报名名单',
      page: '/pages/activities/index',
      count: activities,
      hint: activities ? `${activities} 个活动正在报名；名单、签到、导出在活动详情里` : '名单、签到、导出在活动详情里'
    },
    { key: 'competition-new', group: 'competition', label: '新建比赛', page: `${OFFICER}/competition-setup/index`, hint: '参赛单位、项目、报名限制' },
    { key: 'competitions', group: 'competition', label: '比赛与成绩录入', page: '/pages/competitions/index', hint: '打开比赛，为项目报名、录入成绩' }
  )
  if (chair) tools.push(await reviewTool(ctx))
  if (desk) {
    const s = await suggestionCounts(ctx)
    const desks = `${OFFICER}/suggestion-desk/index`
    tools.push(
      { key: 'suggestion-desk', group: 'suggestion', label: '督导室', page: desks, count: s.unanswered, hint: s.unanswered ? `${s.unanswered} 条新建议等待答复` : '新建议都已答复' },
      { key: 'suggestion-overdue', group: 'suggestion', label: '督办', page: desks, count: s.overdue, hint: s.overdue ? `${s.overdue} 条转交超期未办结，进入后点“督办”` : '没有超期的转交' }
    )
    if (chair) tools.push({ key: 'suggestion-awards', group: 'suggestion', label: '评奖与幸运抽奖', page: `${OFFICER}/suggestion-awards/index`, hint: '每月公布获奖号码' })
  }
  // care is the chair's and the 慰问员's (DESIGN: care), whatever else their role
  if (chair || ctx.member?.tags?.includes(CARER_TAG)) {
    const late = await overdueCareTasks(ctx)
    tools.push({ key: 'care', group: 'care', label: '慰问与帮扶', page: `${OFFICER}/care/index`, count: late, hint: late ? `${late} 个走访任务已超期` : '登记慰问、走访任务、福利发放' })
  }
  if (chair) {
    const late = await overdueProposals(ctx)
    tools.push({
      key: 'congress',
      group: 'congress',
      label: '教代会与提案',
      page: '/congress/pages/meetings/index',
      count: late,
      hint: late ? `${late} 件立案提案超期未答复` : '召开会议、审查提案、登记答复、导出提案汇编'
    })
  }
  const unbound = chair ? await unboundMembers(ctx) : 0
  tools.push({
    key: 'members',
    group: 'member',
    label: '成员名单',
    page: `${OFFICER}/members/index`,
    ...(chair ? { count: unbound, hint: unbound ? `${unbound} 人还没绑定，可在名单里查看邀请码` : '修改资料、邀请码、换手机、停用' } : { hint: '按部门查看会员' })
  })
  if (chair) {
    tools.push(
      { key: 'import', group: 'member', label: '导入名单', page: `${OFFICER}/import/index`, hint: '从 Excel / WPS 粘贴' },
      { key: 'greeting-calendar', group: 'greeting', label: '祝福日历', page: `${OFFICER}/greeting-calendar/index`, hint: '未来 30 天谁收到什么祝福' },
      { key: 'greeting-templates', group: 'greeting', label: '祝福模板', page: `${OFFICER}/greeting-templates/index`, hint: '每个节日的祝福语，开启或关闭' },
      { key: 'greeting-stats', group: 'greeting', label: '祝福统计', page: `${OFFICER}/greeting-stats/index`, hint: '每月送出的祝福人次' },
      { key: 'report', group: 'report', label: '工作总结与月报', page: `${OFFICER}/report/index`, hint: '全年数字、计划完成情况，导出 Word / Excel' }
    )
  }
  return { tools }
}

/** 发布通知, and 阅读情况 of the newest notice someone has not read (the chair's tools). */
async function noticeTools(ctx: Ctx): Promise<WorkbenchTool[]> {
  const tools: WorkbenchTool[] = [{ key: 'notice-publish', group: 'notice', label: '发布通知', page: `${OFFICER}/notice-publish/index`, hint: '通知、校务公开、财务公开、表彰' }]
  const unread = await unreadNotices(ctx)
  const first = unread[0] ?? (await latestNotice(ctx))
  // no notice yet: there is nothing to see the receipts of, so no row
  if (!first) return tools
  const hint = unread.length ? `最近 30 天 ${unread.length} 条通知有人未读；“${unread[0].title}”还有 ${unread[0].unread} 人未读` : `最近的通知都已读（“${first.title}”）`
  tools.push({ key: 'notice-readers', group: 'notice', label: '阅读情况与提醒未读', page: `${OFFICER}/notice-readers/index?id=${first.id}`, count: unread.length, hint })
  return tools
}

/** 审核公布: the competition with most results waiting for the chair, else the list of competitions. */
async function reviewTool(ctx: Ctx): Promise<WorkbenchTool> {
  const p = await pendingResults(ctx)
  const page = p.competitionId ? `${OFFICER}/competition-review/index?id=${p.competitionId}` : '/pages/competitions/index'
  const hint = p.count ? `${p.count} 个项目的成绩待审核公布${p.title ? `（${p.title}）` : ''}` : '没有待审核的成绩'
  return { key: 'competition-review', group: 'competition', label: '审核公布成绩', page, count: p.count, hint }
}
