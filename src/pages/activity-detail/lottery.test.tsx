import { fireEvent, render, screen } from '@testing-library/react'
import { createHarness, type Harness } from '../../../test/support/harness'
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
  expect(screen.getByText(/揭晓的密钥/)).toBeTruthy()
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
