import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { CHAIR, suggestionFixture, type SuggestionFixture } from '../../../../test/support/suggestion-fixture'
import { OPENID_KEY } from '../../../config'
import Workbench from './index'

let f: SuggestionFixture

beforeEach(async () => {
  f = await suggestionFixture()
  global.fetch = fetchFromCloud(f.h.cloud)
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('shows the chair every group with the count of new suggestions, and opens the 督导室 from it', async () => {
  await f.submit(f.members[0].openid!)
  await f.submit(f.members[1].openid!, '复印室早上排队很严重，建议加一台复印机。', '教学')
  localStorage.setItem(OPENID_KEY, CHAIR)
  render(<Workbench />)
  fireEvent.click(await screen.findByText('2 条新建议等待答复'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/officer/pages/suggestion-desk/index' })
  for (const group of ['通知', '活动', '比赛', '建议 · 督导室', '会员', '祝福']) expect(screen.getByText(group)).toBeTruthy()
  expect(screen.getByText('2')).toBeTruthy()
})

it('opens a tab page by switchTab', async () => {
  localStorage.setItem(OPENID_KEY, CHAIR)
  render(<Workbench />)
  fireEvent.click(await screen.findByText('活动与报名名单'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/activities/index' })
})

it('shows an officer only the officer tools: no 通知, 督导室 or 祝福', async () => {
  localStorage.setItem(OPENID_KEY, f.officer.openid!)
  render(<Workbench />)
  expect(await screen.findByText('发起活动')).toBeTruthy()
  expect(screen.getByText('成员名单')).toBeTruthy()
  for (const absent of ['发布通知', '督导室', '祝福日历', '审核公布成绩']) expect(screen.queryByText(absent)).toBeNull()
})

it('tells a member this is not for them', async () => {
  localStorage.setItem(OPENID_KEY, f.members[0].openid!)
  render(<Workbench />)
  expect(await screen.findByText('没有权限进行此操作')).toBeTruthy()
  expect(screen.queryByText('发起活动')).toBeNull()
})
