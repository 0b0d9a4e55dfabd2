import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { setRoute } from '../../../test/support/taro-h5'
import { OPENID_KEY } from '../../config'
import ActivityDetail from './index'

let h: Harness

beforeEach(async () => {
  // 10:00 on 24 Nov 2026 in Shanghai
  h = createHarness()
  await h.members([
    { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' },
    { name: '刘芳', unit: '语文组', openid: 'liu' },
    { name: '孙浩', unit: '语文组', gender: 'M', openid: 'sun' }
  ])
  global.fetch = fetchFromCloud(h.cloud)
})

afterEach(() => localStorage.clear())

const create = async (over: Record<string, unknown>) =>
  (await h.ok<{ id: string }>('activity', 'officer', { action: 'create', title: '疗休养', startAt: '2026-12-10T01:00:00.000Z', signupClosesAt: '2026-11-30T10:00:00.000Z', ...over })).id

it('after the draw, the winner sees 已抽中 and the draw verified on this phone', async () => {
  const id = await create({ capacity: 1, allocation: 'lottery' })
  await h.ok('activity', 'liu', { action: 'signup', id })
  h.setNow('2026-11-30T11:00:00.000Z')
  await h.ok('activity', 'officer', { action: 'drawPlaces', id })
  localStorage.setItem(OPENID_KEY, 'liu')
  setRoute({ id })
  render(<ActivityDetail />)
  expect(await screen.findByText('已抽中')).toBeTruthy()
  expect(screen.getByText('已验证')).toBeTruthy()
  fireEvent.click(screen.getByText('如何验证 ▾'))
  expect(screen.getByText(/^系统揭晓的密钥/)).toBeTruthy()
})

it('the chair names the keyholder and locks her key from this phone; after the close she reveals it, and the officer may draw only then', async () => {
  const [auditor] = await h.members([{ name: '周经审', unit: '工会', openid: 'auditor' }])
  await h.ok('member', CHAIR, { action: 'tag', memberId: auditor.id, tags: ['经审委员'] })
  const id = await create({ capacity: 1, allocation: 'lottery' })
  await h.ok('activity', 'liu', { action: 'signup', id })
  localStorage.setItem(OPENID_KEY, CHAIR)
  setRoute({ id })
  const page = render(<ActivityDetail />)
  fireEvent.click(await screen.findByText('经审委员 周经审'))
  fireEvent.click(screen.getByText('选定密钥保管人'))
  expect(await screen.findByText('我是工会主席，本次抽签的密钥保管人')).toBeTruthy()
  fireEvent.click(screen.getByText('生成密钥并锁定'))
  // the secret stays on this phone, to be copied off; the server has only its hash
  expect(await screen.findByText('我的抽奖密钥（只在这台手机上）')).toBeTruthy()
  expect(await screen.findByText(/已锁定 · 待揭晓|已锁定$/)).toBeTruthy()
  page.unmount()

  // after the close: the officer sees why the draw waits, and no 抽签 button
  h.setNow('2026-11-30T11:00:00.000Z')
  localStorage.setItem(OPENID_KEY, 'officer')
  const officer = render(<ActivityDetail />)
  expect(await screen.findByText(/等工会主席揭晓密钥/)).toBeTruthy()
  expect(screen.queryByText('抽签分配名额')).toBeNull()
  officer.unmount()

  localStorage.setItem(OPENID_KEY, CHAIR)
  const chair = render(<ActivityDetail />)
  fireEvent.click(await screen.findByText('揭晓我的密钥'))
  await waitFor(() => expect(screen.getByText(/已揭晓$/)).toBeTruthy())
  chair.unmount()
  localStorage.setItem(OPENID_KEY, 'officer')
  render(<ActivityDetail />)
  expect(await screen.findByText('抽签分配名额')).toBeTruthy()
  expect(screen.getByText('密钥保管人都已揭晓，可以抽签')).toBeTruthy()
})

it('an offer from the waitlist shows its deadline in Beijing time and 确认参加 takes the place', async () => {
  const id = await create({ capacity: 1, offerHours: 24 })
  await h.ok('activity', 'liu', { action: 'signup', id })
  await h.ok('activity', 'sun', { action: 'signup', id })
  await h.ok('activity', 'liu', { action: 'decline', id })
  localStorage.setItem(OPENID_KEY, 'sun')
  setRoute({ id })
  render(<ActivityDetail />)
  expect(await screen.findByText('候补转正，请确认')).toBeTruthy()
  // offered at 10:00 on 24 Nov (Beijing): the place is held until the same time the next day
  expect(screen.getByText(/11月25日.*10:00/)).toBeTruthy()
  fireEvent.click(screen.getByText('确认参加'))
  expect(await screen.findByText('已报名')).toBeTruthy()
})
