/**
 * Every page of the app, once: the record it opens (its query, from seedPageData), who looks at it,
 * and the words that person should find on it. The weapp every-page test (miniprogram-simulate over
 * dist/weapp) and the browser one (Chromium over the served H5 build) both walk this list and judge
 * each page with expectPageShows, so a page that renders only its error banner fails in both.
 */
import type { SeedIds } from './page-seed'

/** Who a page is viewed as: the least-privileged demo identity that uses it. */
export type Viewer = 'chair' | 'officer' | 'member' | 'visitor'

/** The demo openids behind each viewer (cloudfunctions/_local/seed/members.ts, identities.ts). */
export const VIEWERS: Record<Viewer, string> = {
  /** 张丽华, 行政处, chair */
  chair: 'demo-chair',
  /** 王建国, 体育组, officer and 督导员 */
  officer: 'demo-officer-1',
  /** 陈思远, 语文组 */
  member: 'demo-member-1',
  /** a phone that has never bound */
  visitor: 'demo-new-1'
}

export interface PageCase {
  /** As app.config.ts lists it, subpackage root included: 'officer/pages/members/index'. */
  path: string
  as: Viewer
  /** The page's query (onLoad's options), from the seeded records. */
  query?: (ids: SeedIds) => Record<string, string>
  /** Words the viewer must find on the page, each a substring or a pattern; every one must show. */
  shows: (string | RegExp)[]
  /** In the H5 build only (切换身份 feeds the local cloud's demo identities). */
  h5Only?: boolean
}

export const PAGES: PageCase[] = [
  // main package: what members use
  { path: 'pages/index/index', as: 'member', shows: ['工会通知', '关于组织 2026 年度工会会员健康体检的通知', '语文组：期末命题研讨安排'] },
  { path: 'pages/notice/index', as: 'member', query: (s) => ({ id: s.checkupNotice }), shows: ['关于组织 2026 年度工会会员健康体检的通知', '市第一人民医院体检中心'] },
  { path: 'pages/activities/index', as: 'member', shows: ['周末登山', '秋季运动会', '女职工插花', '日历', '往年'] },
  { path: 'pages/activity-detail/index', as: 'member', query: (s) => ({ id: s.hike }), shows: ['周末登山', '紫金山 中山陵停车场集合'] },
  { path: 'pages/my-activities/index', as: 'member', shows: ['已参加', '教职工趣味运动会'] },
  { path: 'pages/competitions/index', as: 'member', shows: ['2026年秋季教职工运动会', '2026年青年教师赛课'] },
  { path: 'pages/competition-board/index', as: 'member', query: (s) => ({ id: s.meet }), shows: ['2026年秋季教职工运动会', '团体总分', '罗勇'] },
  { path: 'pages/competition-event/index', as: 'member', query: (s) => ({ id: s.sprint }), shows: ['男子100米', '罗勇', '12.41'] },
  { path: 'pages/competition-awards/index', as: 'member', query: (s) => ({ id: s.meet }), shows: ['2026年秋季教职工运动会', '罗勇'] },
  { path: 'pages/suggestions/index', as: 'member', shows: ['公开栏', '教工停车场晚上没有照明'] },
  // a form: nothing loads until 认领 is tapped
  { path: 'pages/suggestion-claim/index', as: 'member', query: (s) => ({ number: s.parkingNumber }), shows: ['领奖码', '在本机提交的号码会自动填好领奖码'] },
  { path: 'pages/mine/index', as: 'member', shows: ['陈思远', '语文组', '我的报名', '我的祝福', '我的建议号码', '我的资料', '生日'] },
  { path: 'pages/bind/index', as: 'visitor', shows: ['输入邀请码', '由工会主席发给每位会员'] },
  { path: 'pages/switch-identity/index', as: 'visitor', h5Only: true, shows: ['会员身份', '张丽华', '可用的邀请码'] },
  { path: 'pages/greetings/index', as: 'chair', shows: ['工会的祝福', '生日快乐'] },
  { path: 'pages/greeting-card/index', as: 'chair', query: (s) => ({ id: s.chairCard }), shows: ['生日快乐', '亲爱的张丽华老师'] },
  // 陈思远 has the 中秋 gift to confirm and no visits yet
  { path: 'pages/my-care/index', as: 'member', shows: ['福利领取', '中秋慰问品', '确认领取', '还没有慰问记录'] },
  // ballot subpackage (secret ballots): the page seed opens a poll and closes a motion 5 demo members voted on
  { path: 'ballot/pages/list/index', as: 'member', shows: ['2027 年春游去哪里', '投票中', '2027 年度工会经费预算', '已结束', '无记名投票'] },
  { path: 'ballot/pages/vote/index', as: 'member', query: (s) => ({ id: s.openBallot }), shows: ['2027 年春游去哪里', '千岛湖', '投出选票'] },
  { path: 'ballot/pages/results/index', as: 'member', query: (s) => ({ id: s.closedBallot }), shows: ['2027 年度工会经费预算', '通过', '同意', '4 票', '全部选票（5 张'] },
  { path: 'ballot/pages/create/index', as: 'chair', shows: ['类型', '民主评议', '通过规则', '发起投票'] },
  // 评优: 陈思远 nominated 王建国 in the open round; the chair sees it by nominee with its 事迹
  {
    path: 'ballot/pages/nominate/index',
    as: 'member',
    query: (s) => ({ id: s.honourRound }),
    shows: ['2026 年度师德标兵评选', '推荐中', '推荐一位同事', '数学组', '我的推荐', '王建国（体育组）', '坚持送教下乡']
  },
  {
    path: 'ballot/pages/honour/index',
    as: 'chair',
    query: (s) => ({ id: s.honourRound }),
    shows: ['2026 年度师德标兵评选', '收到推荐（1 人）', '王建国（体育组）', '陈思远：坚持送教下乡', '推荐截止后']
  },
  { path: 'ballot/pages/honour/index', as: 'chair', shows: ['评什么荣誉', '优秀教师', '推荐几天', '发起推荐'] },
  // after the vote: the chair's results carry 起草结果公示, which opens 发布通知 filled from the result (the title counter counts the drafted title)
  { path: 'ballot/pages/results/index', as: 'chair', query: (s) => ({ id: s.closedBallot }), shows: ['2027 年度工会经费预算', '投票之后', '起草结果公示'] },
  { path: 'officer/pages/notice-publish/index', as: 'chair', query: (s) => ({ ballot: s.closedBallot }), shows: ['发送给', '19/60'] },
  // congress subpackage (教代会): 陈思远 is a 代表 and the proposer of the answered lunch proposal
  { path: 'congress/pages/meetings/index', as: 'member', shows: ['第五届教代会第三次会议', '提案 2 件', '你是教代会代表'] },
  {
    path: 'congress/pages/meeting/index',
    as: 'member',
    query: (s) => ({ id: s.congressMeeting }),
    shows: ['第五届教代会第三次会议', '关于改善教工午餐的提案', '应到代表 9 人', '提交提案', '收到 2 件，立案 1 件', '会议文件', '第五届教代会第三次会议议程', '未读']
  },
  // the chair's view: how many 代表 read the agenda (周婷 of 9), and 发布会议文件, which opens the publish page preset for this meeting
  { path: 'congress/pages/meeting/index', as: 'chair', query: (s) => ({ id: s.congressMeeting }), shows: ['会议文件', '第五届教代会第三次会议议程', '已读 1/9', '发布会议文件'] },
  { path: 'officer/pages/notice-publish/index', as: 'chair', query: (s) => ({ meetingId: s.congressMeeting }), shows: ['会议文件：第五届教代会第三次会议', '发送给', '教代会代表'] },
  {
    path: 'congress/pages/proposal/index',
    as: 'member',
    query: (s) => ({ id: s.congressProposal }),
    shows: ['关于改善教工午餐的提案', '附议人', '周婷、黄雅琴', '后勤处', '增设教工窗口', '你对答复满意吗', '基本满意']
  },
  { path: 'congress/pages/proposal-form/index', as: 'member', query: (s) => ({ meetingId: s.congressMeeting }), shows: ['案由', '理由', '建议措施', '从建议箱选取', '提交提案'] },
  { path: 'congress/pages/meeting-create/index', as: 'chair', shows: ['会议名称', '提案征集截止', '每件提案需附议', '召开会议'] },
  // officer subpackage: officers and the chair
  // editing the 语文组 notice: its title's length (12/60) and its audience's unit chips come from the loaded notice
  { path: 'officer/pages/notice-publish/index', as: 'chair', query: (s) => ({ id: s.chineseNotice }), shows: ['发送给', '12/60', '语文组'] },
  { path: 'officer/pages/notice-readers/index', as: 'chair', query: (s) => ({ id: s.checkupNotice }), shows: ['关于组织 2026 年度工会会员健康体检的通知', '人已读', '曹阳'] },
  // the chair's tools with what waits: the seed leaves new suggestions unanswered
  { path: 'officer/pages/workbench/index', as: 'chair', shows: ['通知', '发布通知', '督导室', /\d+ 条新建议等待答复/, '审核公布成绩', '祝福日历'] },
  { path: 'officer/pages/members/index', as: 'officer', shows: [/共 \d+ 人/, '陈思远', '语文组'] },
  { path: 'officer/pages/import/index', as: 'chair', shows: ['导入表格文件', '粘贴名单', '检查名单'] },
  { path: 'officer/pages/suggestion-desk/index', as: 'officer', shows: ['新建议', '新教师“师徒结对”希望落到实处'] },
  { path: 'officer/pages/suggestion-handle/index', as: 'officer', query: (s) => ({ number: s.parkingNumber }), shows: ['教工停车场晚上没有照明', '记录这一步'] },
  { path: 'officer/pages/suggestion-awards/index', as: 'chair', shows: ['按质量评奖', '建议把每周教研活动固定在周三下午第七节'] },
  { path: 'officer/pages/greeting-calendar/index', as: 'chair', shows: ['祝福模板', /未来 30 天（\d{4}-\d{2}-\d{2} 起）/] },
  { path: 'officer/pages/greeting-templates/index', as: 'chair', shows: ['亲爱的{name}老师：生日快乐'] },
  { path: 'officer/pages/greeting-template/index', as: 'chair', query: () => ({ occasion: 'birthday' }), shows: ['生日 · 生日快乐', '预览'] },
  { path: 'officer/pages/greeting-stats/index', as: 'chair', shows: [/\d{4} 年/, /\d+ 人次（全年）/] },
  { path: 'officer/pages/competition-setup/index', as: 'officer', query: (s) => ({ id: s.meet }), shows: ['2026年秋季教职工运动会', '男子100米', '女子立定跳远', '拔河'] },
  { path: 'officer/pages/competition-entries/index', as: 'officer', query: (s) => ({ eventId: s.sprint }), shows: ['待审核', '男子100米 · 已报名', '罗勇'] },
  { path: 'officer/pages/competition-record/index', as: 'officer', query: (s) => ({ eventId: s.sprint }), shows: ['男子100米', '罗勇'] },
  { path: 'officer/pages/competition-bracket/index', as: 'officer', query: (s) => ({ eventId: s.sprint }), shows: ['编排对阵', '生成对阵表', '参赛队 8 支', '语文组'] },
  { path: 'officer/pages/competition-review/index', as: 'chair', query: (s) => ({ id: s.meet }), shows: ['2026年秋季教职工运动会', '拔河', '待审核', '团体总分（会员所见）', '加奖励分'] },
  // the units come from member.list; a failed activity.get shows as an error line
  { path: 'officer/pages/activity-edit/index', as: 'officer', query: (s) => ({ id: s.sportsDay }), shows: ['各部门名额', '语文组', '保存修改'] },
  { path: 'officer/pages/activity-roster/index', as: 'officer', query: (s) => ({ id: s.hike }), shows: ['周末登山', '已报名 20', '候补 2', '周婷', /未报名 \d+/, '复制未报名名单（按部门）'] },
  // 送温暖 (chair, 慰问员): the demo seed's year of visits, an overdue task (彭秀英) and one due (马俊), a half-signed 中秋 distribution
  { path: 'officer/pages/care/index', as: 'chair', shows: [/\d{4} 年慰问/, '人次', '彭秀英 · 直系亲属去世', '已超期', '马俊 · 生病住院', '福利发放'] },
  { path: 'officer/pages/care-record/index', as: 'chair', query: () => ({ mode: 'record' }), shows: ['会员', '生病住院', '标准 500 元，每人每年不超过 1000 元', '登记'] },
  { path: 'officer/pages/care-distribution/index', as: 'chair', shows: ['中秋慰问品 · 月饼一盒、食用油一桶', /已签收 3\/\d+/, '导出签收表', '发给哪些部门', '只发退休'] },
  { path: 'officer/pages/care-rules/index', as: 'chair', shows: ['生病住院', '节日慰问', '总工办发〔2017〕32号', '保存'] },
  { path: 'officer/pages/care-hardship/index', as: 'chair', shows: ['彭秀英（后勤处）', '爱人长期患病', '较重困难', '李晓梅'] },
  { path: 'officer/pages/report/index', as: 'chair', shows: ['一、民主管理', '校务公开', '二、文体活动', '组织活动', '三、送温暖', '四、组织建设', /\d{4} 年工作计划/, '导出 Word 总结'] }
]

/**
 * The pages a member reaches, opened on a phone bound to no member: each must say 去绑定 (never the
 * bare FORBIDDEN message with 重试), and show nothing to fill in before it.
 */
export const UNBOUND_PAGES: PageCase[] = [
  { path: 'pages/index/index', as: 'visitor', shows: ['绑定后查看通知', '去绑定'] },
  { path: 'pages/notice/index', as: 'visitor', query: (s) => ({ id: s.checkupNotice }), shows: ['去绑定'] },
  { path: 'pages/activities/index', as: 'visitor', shows: ['绑定后报名活动', '去绑定'] },
  { path: 'pages/activity-detail/index', as: 'visitor', query: (s) => ({ id: s.hike }), shows: ['去绑定'] },
  { path: 'pages/my-activities/index', as: 'visitor', shows: ['去绑定'] },
  { path: 'pages/competitions/index', as: 'visitor', shows: ['去绑定'] },
  { path: 'pages/competition-board/index', as: 'visitor', query: (s) => ({ id: s.meet }), shows: ['去绑定'] },
  { path: 'pages/competition-event/index', as: 'visitor', query: (s) => ({ id: s.sprint }), shows: ['去绑定'] },
  { path: 'pages/competition-awards/index', as: 'visitor', query: (s) => ({ id: s.meet }), shows: ['去绑定'] },
  { path: 'pages/suggestions/index', as: 'visitor', shows: ['绑定后写建议、看公开栏', '去绑定'] },
  { path: 'pages/suggestion-claim/index', as: 'visitor', query: (s) => ({ number: s.parkingNumber }), shows: ['绑定后认领奖品', '去绑定'] },
  { path: 'pages/mine/index', as: 'visitor', shows: ['还没有绑定会员身份', '去绑定'] },
  { path: 'pages/greetings/index', as: 'visitor', shows: ['去绑定'] },
  { path: 'pages/greeting-card/index', as: 'visitor', query: (s) => ({ id: s.chairCard }), shows: ['去绑定'] },
  { path: 'pages/my-care/index', as: 'visitor', shows: ['去绑定'] },
  { path: 'ballot/pages/list/index', as: 'visitor', shows: ['去绑定'] },
  { path: 'congress/pages/meetings/index', as: 'visitor', shows: ['去绑定'] }
]

/** The case of one page. */
export function pageCase(path: string): PageCase {
  const c = PAGES.find((p) => p.path === path)
  if (!c) throw new Error(`no page case for ${path} in test/support/pages.ts`)
  return c
}

/** The route a browser opens for c: '/pages/notice/index?id=…'. */
export function routeOf(c: PageCase, ids: SeedIds, query = c.query?.(ids)): string {
  const qs = new URLSearchParams(query ?? {}).toString()
  return `/${c.path}${qs ? `?${qs}` : ''}`
}
