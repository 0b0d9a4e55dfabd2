import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { NominationRound } from '../../../../types/ballot'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import Honour from './index'

jest.setTimeout(60_000)

let h: Harness
let people: SeededMember[]

beforeEach(async () => {
  h = createHarness({ now: '2026-11-25T02:00:00.000Z' })
  people = await h.members(['张敏', '李强', '王芳', '赵磊'].map((name, i) => ({ name, unit: i % 2 ? '数学组' : '语文组', openid: `p${i}` })))
  global.fetch = fetchFromCloud(h.cloud)
  jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as never)
  localStorage.setItem(OPENID_KEY, CHAIR)
})

afterEach(async () => {
  localStorage.clear()
  jest.restoreAllMocks()
  await h.cloud.close()
})

it('the chair opens a round by naming the honour and choosing how long', async () => {
  setRoute({})
  render(<Honour />)
  fireEvent.click(await screen.findByText('优秀班主任'))
  fireEvent.click(screen.getByText('3 天'))
  fireEvent.click(screen.getByText('发起推荐'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  const { items } = await h.ok<{ items: NominationRound[] }>('ballot', CHAIR, { action: 'rounds' })
  expect(items).toHaveLength(1)
  expect(items[0]).toMatchObject({ title: `${new Date(Date.now() + 8 * 3600_000).getUTCFullYear()} 年度优秀班主任评选`, honour: '优秀班主任', status: 'open' })
  // 3 days from the phone's now (the test's real clock runs ahead of the harness's)
  expect(Math.abs(Date.parse(items[0].closesAt) - Date.now() - 3 * 86400_000)).toBeLessThan(60_000)
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/ballot/pages/honour/index?id=${items[0].id}` })
})

it('after the window the chair reads nominations by nominee with their 事迹, picks the shortlist and opens the election', async () => {
  const round = await h.ok<NominationRound>('ballot', CHAIR, { action: 'openNominations', title: '2026 年度优秀教师评选', honour: '优秀教师', closesAt: '2026-11-28T10:00:00.000Z' })
  const nominate = (by: number, who: number, reason: string) => h.ok('ballot', `p${by}`, { action: 'nominate', roundId: round.id, nomineeId: people[who].id, reason })
  await nominate(0, 1, '连续三年带毕业班')
  await nominate(2, 1, '关心青年教师成长')
  await nominate(1, 3, '坚持送教下乡')
  await nominate(3, 2, '教研成果突出')
  h.setNow('2026-11-29T01:00:00.000Z')
  setRoute({ id: round.id })
  render(<Honour />)
  expect(await screen.findByText('收到推荐（3 人）')).toBeTruthy()
  expect(screen.getByText('张敏：连续三年带毕业班')).toBeTruthy()
  expect(screen.getByText('王芳：关心青年教师成长')).toBeTruthy()
  fireEvent.click(screen.getByText('李强（数学组）'))
  fireEvent.click(screen.getByText('赵磊（数学组）'))
  expect(screen.getByText('已选 2 人。', { exact: false })).toBeTruthy()
  fireEvent.click(screen.getByText('确定候选人并发起投票'))
  expect(await screen.findByText('已发起投票，去看投票')).toBeTruthy()
  const { items } = await h.ok<{ items: NominationRound[] }>('ballot', CHAIR, { action: 'rounds' })
  const ballot = await h.ok<any>('ballot', CHAIR, { action: 'get', id: items[0].ballotId })
  expect(ballot).toMatchObject({ kind: 'election', options: ['李强', '赵磊'], seats: 1, honour: { honour: '优秀教师' } })
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/ballot/pages/vote/index?id=${ballot.id}` })
  // the shortlist is fixed now: nothing left to pick
  expect(screen.queryByText('确定候选人并发起投票')).toBeNull()
})

it('the chair may shortlist into an 意见投票 instead: a poll of the shortlist, each member marking up to the seats', async () => {
  const round = await h.ok<NominationRound>('ballot', CHAIR, { action: 'openNominations', title: '2026 年度师德标兵评选', honour: '师德标兵', closesAt: '2026-11-28T10:00:00.000Z' })
  await h.ok('ballot', 'p0', { action: 'nominate', roundId: round.id, nomineeId: people[1].id, reason: '爱生如子' })
  await h.ok('ballot', 'p1', { action: 'nominate', roundId: round.id, nomineeId: people[2].id, reason: '甘于奉献' })
  h.setNow('2026-11-29T01:00:00.000Z')
  setRoute({ id: round.id })
  render(<Honour />)
  fireEvent.click(await screen.findByText('李强（数学组）'))
  fireEvent.click(screen.getByText('王芳（语文组）'))
  fireEvent.click(screen.getByText('意见投票（供评审参考）'))
  fireEvent.click(screen.getByText('确定候选人并发起投票'))
  expect(await screen.findByText('已发起投票，去看投票')).toBeTruthy()
  const { items } = await h.ok<{ items: NominationRound[] }>('ballot', CHAIR, { action: 'rounds' })
  const ballot = await h.ok<any>('ballot', CHAIR, { action: 'get', id: items.find((r) => r.id === round.id)!.ballotId })
  expect(ballot).toMatchObject({ kind: 'poll', options: ['李强', '王芳'], maxChoices: 1, honour: { honour: '师德标兵' } })
})
