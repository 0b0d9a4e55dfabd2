import { fireEvent, render, screen, within } from '@testing-library/react'
import { createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../config'
import Activities from './index'

let h: Harness

beforeEach(async () => {
  // 10:00 on 24 Nov 2026 in Shanghai, for the server and for the page's "this month"
  h = createHarness()
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-24T02:00:00.000Z'))
  await h.members([
    { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' },
    { name: '刘芳', unit: '语文组', openid: 'liu' }
  ])
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'liu')
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const create = (title: string, startAt: string, signupClosesAt = '2026-11-29T10:00:00.000Z') => h.ok('activity', 'officer', { action: 'create', title, startAt, signupClosesAt })

const busyDays = () => Array.from(document.querySelectorAll('.calendar__day--busy')).map((d) => d.textContent)

it('marks the Beijing day of each activity, whatever the phone’s zone, and a tapped day lists its own', async () => {
  // 01:00 on 1 Dec in Beijing is still 30 Nov in UTC and in Los Angeles
  await create('元旦长跑', '2026-11-30T17:00:00.000Z')
  await create('读书会', '2026-11-26T06:00:00.000Z', '2026-11-25T10:00:00.000Z')
  render(<Activities />)
  fireEvent.click(await screen.findByText('日历'))
  expect(await screen.findByText('2026年11月')).toBeTruthy()
  expect(busyDays()).toEqual(['26'])
  fireEvent.click(document.querySelector('.calendar__next') as Element)
  expect(await screen.findByText('2026年12月')).toBeTruthy()
  expect(busyDays()).toEqual(['1'])
  fireEvent.click(document.querySelector('.calendar__day--busy') as Element)
  const list = document.querySelector('.calendar__list') as HTMLElement
  expect(within(list).getByText('12月1日 周二')).toBeTruthy()
  expect(within(list).getByText('元旦长跑')).toBeTruthy()
  expect(within(list).queryByText('读书会')).toBeNull()
})

it('puts an earlier year’s activities under 往年, by year', async () => {
  await create('2026 秋游', '2026-12-01T01:00:00.000Z')
  h.setNow('2027-03-01T02:00:00.000Z')
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2027-03-01T02:00:00.000Z'))
  render(<Activities />)
  expect(await screen.findByText('往年的活动在「往年」里')).toBeTruthy()
  expect(screen.queryByText('2026 秋游')).toBeNull()
  fireEvent.click(screen.getByText('往年'))
  fireEvent.click(await screen.findByText('2026 年'))
  expect(await screen.findByText('2026 秋游')).toBeTruthy()
})

it('marks a new activity 新 and says how many opened since the last look', async () => {
  await create('元旦长跑', '2026-11-30T17:00:00.000Z')
  render(<Activities />)
  expect(await screen.findByText('1 个新活动开放报名')).toBeTruthy()
  expect(screen.getByText('新')).toBeTruthy()
  // this look counted: next time it is no longer new
  expect((await h.ok('activity', 'liu', { action: 'list' })).unseen).toBe(0)
})
