import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Ballot } from '../../../../types/ballot'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import Results from '../results/index'
import Vote from './index'

jest.setTimeout(60_000)

// what the 转发 menu would read (a page rendered alone has no menu): the card useShare hands WeChat
let shared: { title: string; path: string; imageUrl: string } | undefined
jest.mock('../../../hooks/use-share', () => ({
  useShare: (kind: 'ballot', title: string, path: string) => void (shared = { title, path, imageUrl: jest.requireActual('../../../lib/share').shareCover(kind) })
}))

let h: Harness
let poll: Ballot

beforeEach(async () => {
  h = createHarness()
  await h.members([
    { name: '陈思远', unit: '语文组', openid: 'chen' },
    { name: '周婷', unit: '数学组', openid: 'zhou' }
  ])
  poll = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '秋游去哪里', kind: 'poll', options: ['千岛湖', '莫干山'], closesAt: '2026-11-25T10:00:00.000Z' })
  global.fetch = fetchFromCloud(h.cloud)
  jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
})

afterEach(async () => {
  localStorage.clear()
  jest.restoreAllMocks()
  await h.cloud.close()
})

it('a member votes on the phone, sees the receipt, and after close finds it verified in the recount', async () => {
  localStorage.setItem(OPENID_KEY, 'chen')
  setRoute({ id: poll.id })
  const vote = render(<Vote />)
  fireEvent.click(await screen.findByText('莫干山'))
  expect(await screen.findByText('投票进度：已投 0 票，应投 2 人')).toBeTruthy()
  // every call the phone makes from the tap on, and whether it carried the member's identity
  const calls: { body: string; identified: boolean }[] = []
  const cloud = global.fetch
  global.fetch = (async (url: string, init: RequestInit) => {
    calls.push({ body: String(init.body), identified: !!(init.headers as Record<string, string>)['X-WX-OPENID'] })
    return cloud(url, init)
  }) as typeof fetch
  fireEvent.click(screen.getByText('投出选票'))
  const receipt = (await screen.findByText(/^回执 [0-9A-F]{4}-[0-9A-F]{4}$/)).textContent!
  expect(screen.getByText('你已投票')).toBeTruthy()
  // the count moves with the member's own vote, counted on the phone: no identified call follows the
  // anonymous cast, which would pair the member with it in the logs
  expect(screen.getByText('投票进度：已投 1 票，应投 2 人')).toBeTruthy()
  await new Promise((r) => setTimeout(r, 300))
  const cast = calls.findIndex((c) => c.body.includes('"action":"cast"'))
  expect(cast).toBeGreaterThanOrEqual(0)
  expect(calls[cast].identified).toBe(false)
  expect(calls.slice(cast + 1).filter((c) => c.identified)).toEqual([])
  vote.unmount()

  // opened again on this phone: the server's count has the ballot, and the page adds nothing
  global.fetch = cloud
  const again = render(<Vote />)
  expect(await screen.findByText('你已投票')).toBeTruthy()
  expect(await screen.findByText('投票进度：已投 1 票，应投 2 人')).toBeTruthy()
  await new Promise((r) => setTimeout(r, 100))
  expect(screen.queryByText(/已投 2 票/)).toBeNull()
  again.unmount()

  // the stored ballot carries no identity: only the receipt and the choice
  const stored = await h.cloud.db.collection('ballot_casts').get()
  expect(stored.data).toHaveLength(1)
  expect(JSON.stringify(stored.data)).not.toMatch(/chen|陈思远/)

  await h.ok('ballot', CHAIR, { action: 'close', id: poll.id })
  render(<Results />)
  expect(await screen.findByText('已验证：你的选票已计入')).toBeTruthy()
  expect(screen.getByText(receipt)).toBeTruthy()
  expect(screen.getByText('收回 1 票', { exact: false })).toBeTruthy()
})

it('a member outside the electorate is told why, with nothing to vote on', async () => {
  const narrow = await h.ok<Ballot>('ballot', CHAIR, {
    action: 'create',
    title: '语文组教研方向',
    kind: 'poll',
    options: ['阅读', '写作'],
    electorate: { units: ['语文组'] },
    closesAt: '2026-11-25T10:00:00.000Z'
  })
  localStorage.setItem(OPENID_KEY, 'zhou')
  setRoute({ id: narrow.id })
  render(<Vote />)
  expect(await screen.findByText('这次投票只请部分会员参加，你不在其中')).toBeTruthy()
  expect(screen.queryByText('投出选票')).toBeNull()
})

it('an open ballot is forwarded from the vote page, with a card that opens that ballot', async () => {
  localStorage.setItem(OPENID_KEY, 'zhou')
  setRoute({ id: poll.id })
  render(<Vote />)
  expect(await screen.findByText('投出选票')).toBeTruthy()
  expect(shared).toEqual({ title: '投票｜秋游去哪里', path: `/ballot/pages/vote/index?id=${poll.id}`, imageUrl: '/assets/share/ballot.png' })
})

it('a voter sees the live turnout as two counts, never who has not taken a ballot', async () => {
  localStorage.setItem(OPENID_KEY, 'zhou')
  setRoute({ id: poll.id })
  render(<Vote />)
  expect(await screen.findByText('投票进度：已投 0 票，应投 2 人')).toBeTruthy()
  expect(screen.queryByText(/尚未领票/)).toBeNull()
})
