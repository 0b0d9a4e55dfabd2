/**
 * 转发: each member-facing page hands WeChat a card that says what it is, opens that very page, and
 * has its kind's cover; private pages hand over nothing, so 转发 stays greyed out.
 * renderPage is one page per module instance (the Taro runtime is module state): each page here is
 * rendered through a fresh copy of the harness and of the compiled app.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CHAIR, createHarness, type Harness } from '../support/harness'
import type { RenderedPage, RenderOptions } from './harness'

jest.setTimeout(120_000)

const ROOT = resolve(process.env.WEAPP_DIST ?? 'dist/weapp')
const READER = 'phone-chen'

function renderFresh(path: string, opts: RenderOptions): Promise<RenderedPage> {
  document.body.innerHTML = ''
  let rendered: Promise<RenderedPage> | undefined
  // renderPage loads app.js and the page before its first await, so inside the fresh registry
  jest.isolateModules(() => {
    rendered = (require('./harness') as typeof import('./harness')).renderPage(path, opts)
  })
  return rendered!
}

/** What WeChat would put on the card: the page's onShareAppMessage, as the 转发 menu calls it. */
function shareOf(page: RenderedPage): { title?: string; path?: string; imageUrl?: string } | undefined {
  const share = page.component.instance.onShareAppMessage
  return typeof share === 'function' ? share.call(page.component.instance, { from: 'menu' }) : undefined
}

let h: Harness
const ids: Record<string, string> = {}

beforeAll(async () => {
  h = createHarness({ now: '2026-11-24T02:00:00.000Z' })
  const people = await h.members([
    { name: '陈思远', unit: '语文组', openid: READER, birthday: '1980-11-24' },
    { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' },
    { name: '刘芳', unit: '数学组', openid: 'phone-liu' }
  ])
  ids.notice = (await h.ok('notice', CHAIR, { action: 'publish', title: '关于元旦放假的通知', body: '1月1日放假一天。', category: 'notice' })).id
  ids.activity = (await h.ok('activity', 'officer', { action: 'create', title: '周末登山', startAt: '2026-12-01T01:00:00.000Z', signupClosesAt: '2026-11-30T10:00:00.000Z', capacity: 40 })).id
  for (const who of [READER, 'phone-liu']) await h.ok('activity', who, { action: 'signup', id: ids.activity })
  ids.competition = (await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: ['语文组', '数学组'] })).id
  ids.ballot = (await h.ok('ballot', CHAIR, { action: 'create', title: '秋游去哪里', kind: 'poll', options: ['千岛湖', '莫干山'], closesAt: '2026-11-25T10:00:00.000Z' })).id
  await h.ok('ballot', CHAIR, { action: 'close', id: ids.ballot })
  // an open one is forwarded from the page members vote on
  ids.openBallot = (await h.ok('ballot', CHAIR, { action: 'create', title: '工会经费预算', kind: 'motion', closesAt: '2026-11-25T10:00:00.000Z' })).id
  // a 代表's proposal, open to the 代表 who may second it
  await h.ok('member', CHAIR, { action: 'tag', memberId: people[0].id, tags: ['教代会代表'] })
  const meeting = await h.ok('congress', CHAIR, {
    action: 'createMeeting',
    title: '第五届教代会第三次会议',
    proposalOpensAt: '2026-11-01T00:00:00.000Z',
    proposalClosesAt: '2026-12-20T00:00:00.000Z',
    heldAt: '2026-12-25T01:00:00.000Z'
  })
  ids.proposal = (await h.ok('congress', READER, { action: 'submit', meetingId: meeting.id, title: '改善教工食堂午餐', reason: '午餐品种少', measures: '增加窗口' })).id
  await h.cloud.fireTimer('greeting', 'daily')
  ids.greeting = (await h.ok('greeting', READER, { action: 'inbox' })).items[0].id
  expect(people).toHaveLength(3)
  if (!existsSync(join(ROOT, 'app.js'))) throw new Error(`${ROOT}/app.js not found: build first (npx taro build --type weapp) or set WEAPP_DIST`)
})

afterAll(() => h.cloud.close())

interface ShareCase {
  page: string
  query: Record<string, string>
  /** Text the page shows once its data is in (the title is made from that data). */
  shows: string
  title: string
  path: string | ReturnType<typeof expect.stringMatching>
  cover: string
}

const shareable = (): ShareCase[] => [
  { page: 'pages/notice/index', query: { id: ids.notice }, shows: '1月1日放假一天', title: '工会通知｜关于元旦放假的通知', path: `/pages/notice/index?id=${ids.notice}`, cover: 'notice' },
  {
    page: 'pages/activity-detail/index',
    query: { id: ids.activity },
    shows: '周末登山',
    title: '报名｜周末登山 已报 2/40',
    path: `/pages/activity-detail/index?id=${ids.activity}`,
    cover: 'activity'
  },
  {
    page: 'pages/competition-board/index',
    query: { id: ids.competition },
    shows: '秋季运动会',
    title: '实时成绩｜秋季运动会',
    path: `/pages/competition-board/index?id=${ids.competition}`,
    cover: 'board'
  },
  {
    page: 'pages/competition-awards/index',
    query: { id: ids.competition },
    shows: '秋季运动会',
    title: '奖牌榜｜秋季运动会',
    path: `/pages/competition-awards/index?id=${ids.competition}`,
    cover: 'medals'
  },
  { page: 'pages/suggestions/index', query: { month: '2026-10' }, shows: '0 条', title: '建议公开栏｜2026年10月 共 0 条', path: '/pages/suggestions/index?month=2026-10', cover: 'suggestion' },
  // forwarded, the card carries its share key: colleagues open that card (with the key only)
  {
    page: 'pages/greeting-card/index',
    query: { id: ids.greeting },
    shows: '生日快乐',
    title: '工会祝福｜生日快乐',
    path: expect.stringMatching(new RegExp(`^/pages/greeting-card/index\\?id=${encodeURIComponent(ids.greeting)}&key=[0-9a-f]{24}$`)),
    cover: 'greeting'
  },
  { page: 'ballot/pages/vote/index', query: { id: ids.openBallot }, shows: '工会经费预算', title: '投票｜工会经费预算', path: `/ballot/pages/vote/index?id=${ids.openBallot}`, cover: 'ballot' },
  { page: 'ballot/pages/results/index', query: { id: ids.ballot }, shows: '秋游去哪里', title: '投票结果｜秋游去哪里', path: `/ballot/pages/results/index?id=${ids.ballot}`, cover: 'ballot' },
  {
    page: 'congress/pages/proposal/index',
    query: { id: ids.proposal },
    shows: '改善教工食堂午餐',
    title: '教代会提案｜改善教工食堂午餐',
    path: `/congress/pages/proposal/index?id=${ids.proposal}`,
    cover: 'proposal'
  }
]

it.each(shareable().map((c, i) => [c.page, i] as const))('%s forwards a card naming what it is, opening it, with its cover', async (_name, i) => {
  const c = shareable()[i]
  const page = await renderFresh(c.page, { openid: READER, cloud: h.cloud, query: c.query })
  await page.waitForText(c.shows)
  expect(shareOf(page)).toEqual({ title: c.title, path: c.path, imageUrl: `/assets/share/${c.cover}.png` })
  // the cover ships in the package it names
  expect(existsSync(join(ROOT, `assets/share/${c.cover}.png`))).toBe(true)
})

const privatePages = [
  { page: 'pages/mine/index', openid: READER, shows: '陈思远' },
  { page: 'pages/my-activities/index', openid: READER, shows: '周末登山' },
  { page: 'pages/my-care/index', openid: READER, shows: '' },
  { page: 'pages/suggestion-claim/index', openid: READER, shows: '' },
  { page: 'officer/pages/activity-roster/index', openid: 'officer', shows: '陈思远' },
  { page: 'officer/pages/suggestion-desk/index', openid: CHAIR, shows: '' },
  { page: 'officer/pages/workbench/index', openid: CHAIR, shows: '' }
]

it.each(privatePages.map((p) => [p.page, p] as const))('%s offers nothing to forward', async (_name, p) => {
  const page = await renderFresh(p.page, { openid: p.openid, cloud: h.cloud, query: p.page.includes('roster') ? { id: ids.activity } : {} })
  if (p.shows) await page.waitForText(p.shows)
  expect(shareOf(page)).toBeUndefined()
})
