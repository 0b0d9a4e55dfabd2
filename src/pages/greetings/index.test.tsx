import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../config'
import Greetings from './index'

let h: Harness

beforeEach(async () => {
  h = createHarness({ now: '2026-09-30T23:00:00.000Z' })
  await h.members([{ name: '孙浩', unit: '语文组', birthday: '1979-10-01', openid: 'sun' }])
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'sun')
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('says when greetings will come before there are any', async () => {
  render(<Greetings />)
  expect(await screen.findByText('还没有贺卡')).toBeTruthy()
})

it("lists the day's cards and opens one", async () => {
  await h.cloud.fireTimer('greeting', 'daily')
  render(<Greetings />)
  expect(await screen.findByText('生日快乐')).toBeTruthy()
  expect(screen.getByText('国庆快乐')).toBeTruthy()
  expect(screen.getByText('共 2 张贺卡')).toBeTruthy()
  fireEvent.click(screen.getByText('生日快乐'))
  const { items } = await h.ok<{ items: { id: string; occasion: string }[] }>('greeting', 'sun', { action: 'inbox' })
  const id = items.find((i) => i.occasion === 'birthday')!.id
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/greeting-card/index?id=${encodeURIComponent(id)}` })
})
