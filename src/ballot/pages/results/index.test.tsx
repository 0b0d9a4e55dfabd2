import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Ballot } from '../../../../types/ballot'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { vote } from '../../../../test/support/ballot-voter'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import NoticePublish from '../../../officer/pages/notice-publish/index'
import Vote from '../vote/index'
import Results from './index'

jest.setTimeout(120_000)

/** The textarea inside Taro's H5 Textarea, once it has rendered. */
const textareas = () =>
  waitFor(() => {
    const all = Array.from(document.querySelectorAll('textarea'))
    if (!all.length) throw new Error('no textarea yet')
    return all
  })

let h: Harness
let people: SeededMember[]

beforeEach(async () => {
  h = createHarness()
  people = await h.members(Array.from({ length: 5 }, (_, i) => ({ name: ['陈思远', '周婷', '吴昊', '郑丽', '孙杰'][i], unit: '语文组', openid: `p${i}` })))
  global.fetch = fetchFromCloud(h.cloud)
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
})

afterEach(async () => {
  localStorage.clear()
  jest.restoreAllMocks()
  await h.cloud.close()
})

it('the chair drafts the 公示 from the results and finds it filled in on 发布通知', async () => {
  const b = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '2027 年度工会经费预算', kind: 'motion', pass: 'eligible', closesAt: '2026-11-25T10:00:00.000Z' })
  for (const [i, p] of people.entries()) await vote(h, b, p.openid!, { picks: [i < 3 ? 0 : 1] })
  await h.ok('ballot', CHAIR, { action: 'close', id: b.id })
  localStorage.setItem(OPENID_KEY, CHAIR)
  setRoute({ id: b.id })
  const page = render(<Results />)
  expect(await screen.findByText('同意 3 票，应到 5 人，需超过 2 票')).toBeTruthy()
  fireEvent.click(screen.getByText('起草结果公示'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/officer/pages/notice-publish/index?ballot=${b.id}` })
  page.unmount()

  setRoute({ ballot: b.id })
  render(<NoticePublish />)
  expect(await screen.findByDisplayValue('「2027 年度工会经费预算」结果公示')).toBeTruthy()
  const body = (await textareas()).map((t) => t.value).join('\n')
  expect(body).toContain('同意 3 票，不同意 2 票，弃权 0 票。\n按「同意票超过应参加投票的会员 5 人的半数」的规则，通过。')
})

it('a member sees no chair actions; 整改 the chair records shows on the next rating of that subject', async () => {
  const first = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '第一学期述职评议', kind: 'rating', subjects: ['王校长'], criteria: ['德'], closesAt: '2026-11-25T10:00:00.000Z' })
  for (const p of people) await vote(h, first, p.openid!, { grades: [[1]] })
  await h.ok('ballot', CHAIR, { action: 'close', id: first.id })
  localStorage.setItem(OPENID_KEY, 'p0')
  setRoute({ id: first.id })
  const asMember = render(<Results />)
  expect(await screen.findByText('平均 3.00 分')).toBeTruthy()
  expect(screen.queryByText('起草结果公示')).toBeNull()
  asMember.unmount()

  localStorage.setItem(OPENID_KEY, CHAIR)
  const asChair = render(<Results />)
  await screen.findByText('记录整改事项')
  fireEvent.input((await textareas())[0], { target: { value: '深入课堂，每月听课 4 节' } })
  fireEvent.click(screen.getByText('记录整改事项'))
  expect(await screen.findByText('王校长：深入课堂，每月听课 4 节')).toBeTruthy()
  asChair.unmount()

  const next = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '第二学期述职评议', kind: 'rating', subjects: ['王校长'], criteria: ['德'], closesAt: '2026-11-25T10:00:00.000Z' })
  localStorage.setItem(OPENID_KEY, 'p1')
  setRoute({ id: next.id })
  render(<Vote />)
  expect(await screen.findByText('上次评议后的整改事项')).toBeTruthy()
  expect(screen.getByText('深入课堂，每月听课 4 节')).toBeTruthy()
})

it('during the 公示 period a member objects anonymously to the 督导室 (a suggestion of category 公示异议)', async () => {
  const round = await h.ok<any>('ballot', CHAIR, { action: 'openNominations', title: '2026 年度师德标兵评选', honour: '师德标兵', closesAt: '2026-11-24T03:00:00.000Z' })
  await h.ok('ballot', 'p0', { action: 'nominate', roundId: round.id, nomineeId: people[1].id, reason: '二十年扎根山区学校' })
  h.setNow('2026-11-24T04:00:00.000Z')
  const b = await h.ok<Ballot>('ballot', CHAIR, { action: 'shortlist', roundId: round.id, nomineeIds: [people[1].id], closesAt: '2026-11-24T08:00:00.000Z' })
  for (const p of people) await vote(h, b, p.openid!, { picks: [0] })
  h.setNow('2026-11-25T02:00:00.000Z')
  localStorage.setItem(OPENID_KEY, 'p2')
  setRoute({ id: b.id })
  render(<Results />)
  expect(await screen.findByText('对公示有异议？')).toBeTruthy()
  expect(screen.getByText('公示期 2026-11-25 至 2026-11-29。异议匿名转交督导室核实，不带你的姓名。')).toBeTruthy()
  fireEvent.input((await textareas())[0], { target: { value: '推荐材料中的获奖年份有误' } })
  fireEvent.click(screen.getByText('匿名提交异议'))
  expect(await screen.findByText(/^已匿名提交，编号/)).toBeTruthy()
  const stored = (await h.cloud.db.collection('suggestions').get()).data
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({ category: '公示异议', content: '对「2026 年度师德标兵评选投票」公示的异议：推荐材料中的获奖年份有误' })
  expect(JSON.stringify(stored)).not.toMatch(/p2|吴昊/)
})

it('a 代表 who has not checked in at the meeting is told to check in first', async () => {
  await h.ok('member', CHAIR, { action: 'tag', memberId: people[0].id, tags: ['教代会代表'] })
  const m = await h.ok<any>('congress', CHAIR, {
    action: 'createMeeting',
    title: '第五届教代会第三次会议',
    proposalOpensAt: '2026-11-20T00:00:00.000Z',
    proposalClosesAt: '2026-11-23T00:00:00.000Z',
    heldAt: '2026-11-24T01:00:00.000Z'
  })
  const b = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '学校章程修订', kind: 'motion', electorate: { presentAt: m.id }, closesAt: '2026-11-24T08:00:00.000Z' })
  localStorage.setItem(OPENID_KEY, 'p0')
  setRoute({ id: b.id })
  render(<Vote />)
  expect(await screen.findByText('这次表决只请已在会场签到的代表参加：请先在「教代会」里签到，再回来投票')).toBeTruthy()
  expect(screen.getByText('会议表决：第五届教代会第三次会议，请在会场签到后投票')).toBeTruthy()
  expect(screen.getByText('通过规则：同意票超过到会签到代表（实到）人数的一半')).toBeTruthy()
  await waitFor(() => expect(screen.queryByText('投出选票')).toBeNull())
})

it('at a meeting the phone recounts a motion against the 代表 checked in, not the ballots cast', async () => {
  for (const p of people.slice(0, 3)) await h.ok('member', CHAIR, { action: 'tag', memberId: p.id, tags: ['教代会代表'] })
  const m = await h.ok<any>('congress', CHAIR, {
    action: 'createMeeting',
    title: '第五届教代会第三次会议',
    proposalOpensAt: '2026-11-20T00:00:00.000Z',
    proposalClosesAt: '2026-11-23T00:00:00.000Z',
    heldAt: '2026-11-24T01:00:00.000Z'
  })
  const { code } = await h.ok<any>('congress', CHAIR, { action: 'meeting', id: m.id })
  for (const o of ['p0', 'p1']) await h.ok('congress', o, { action: 'checkin', meetingId: m.id, code })
  const b = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '学校章程修订', kind: 'motion', electorate: { presentAt: m.id }, closesAt: '2026-11-24T08:00:00.000Z' })
  await vote(h, b, 'p0', { picks: [0] })
  await h.ok('ballot', CHAIR, { action: 'close', id: b.id })
  localStorage.setItem(OPENID_KEY, 'p1')
  setRoute({ id: b.id })
  render(<Results />)
  expect(await screen.findByText('同意 1 票，到会（签到）代表 2 人，需超过 1 票')).toBeTruthy()
  expect(screen.getByText('未通过')).toBeTruthy()
  expect(screen.getByText(/第五届教代会第三次会议：到会代表 2 人/)).toBeTruthy()
})
