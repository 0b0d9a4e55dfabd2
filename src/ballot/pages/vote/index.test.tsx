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
  fireEvent.click(screen.getByText('投出选票'))
  const receipt = (await screen.findByText(/^回执 [0-9A-F]{4}-[0-9A-F]{4}$/)).textContent!
  expect(screen.getByText('你已投票')).toBeTruthy()
  vote.unmount()

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
