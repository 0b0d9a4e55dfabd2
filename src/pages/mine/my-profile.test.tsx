import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../config'
import { keepNumber } from '../../services/my-numbers'
import Mine from './index'

let h: Harness

beforeEach(async () => {
  h = createHarness()
  await h.members([
    { name: '陈思远', unit: '语文组', birthday: '1980-03-08', openid: 'chen' },
    { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' },
    { name: '刘芳', unit: '数学组', openid: 'liu' }
  ])
  global.fetch = fetchFromCloud(h.cloud)
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const settle = () => act(() => new Promise((r) => setTimeout(r, 50)))
const as = (openid: string) => localStorage.setItem(OPENID_KEY, openid)

it('a member finds their sign-ups, greetings and the numbers this phone kept, with how to claim elsewhere', async () => {
  as('chen')
  keepNumber({ number: 'A0007', claimCode: 'K3M9Q2', month: '2026-11' })
  render(<Mine />)
  expect(await screen.findByText('我的报名')).toBeTruthy()
  expect(screen.getByText('我的祝福')).toBeTruthy()
  expect(screen.getByText('A0007号')).toBeTruthy()
  expect(screen.getByText(/认领码 K3M9Q2/)).toBeTruthy()
  expect(screen.getByText(/换了手机，也能在“认领奖品”里输入号码和认领码领奖/)).toBeTruthy()
  const nav = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
  fireEvent.click(screen.getByText('A0007号'))
  expect(nav).toHaveBeenCalledWith({ url: '/pages/suggestion-claim/index?number=A0007' })
})

it('a member changes their birthday to the lunar calendar and their phone', async () => {
  as('chen')
  render(<Mine />)
  expect(await screen.findByText('1980-03-08')).toBeTruthy()
  fireEvent.click(screen.getByText('修改'))
  fireEvent.click(screen.getByText('按农历过'))
  fireEvent.input(screen.getByPlaceholderText(/八月十五/), { target: { value: '八月十六' } })
  expect(screen.getByText('农历八月十六')).toBeTruthy()
  fireEvent.input(screen.getByPlaceholderText('11 位手机号'), { target: { value: '13912345678' } })
  fireEvent.click(screen.getByText('保存'))
  expect(await screen.findByText('13912345678')).toBeTruthy()
  expect(screen.getByText('农历八月十六')).toBeTruthy()
  await settle()
  expect(await h.ok('member', 'chen', { action: 'me' })).toMatchObject({ member: { lunarBirthday: { month: 8, day: 16 }, phone: '13912345678' } })
})

it('an unreadable lunar date or a wrong phone is explained, and nothing is saved', async () => {
  as('liu')
  render(<Mine />)
  fireEvent.click(await screen.findByText('修改'))
  fireEvent.click(screen.getByText('按农历过'))
  fireEvent.input(screen.getByPlaceholderText(/八月十五/), { target: { value: '下个月' } })
  expect(screen.getByText(/没看懂这个日期/)).toBeTruthy()
  fireEvent.click(screen.getByText('保存'))
  await settle()
  // still editing: an unreadable date is not sent
  expect(screen.getByPlaceholderText(/八月十五/)).toBeTruthy()
  expect((await h.ok('member', 'liu', { action: 'me' })).member.lunarBirthday).toBeUndefined()
  fireEvent.click(screen.getByText('按公历过'))
  fireEvent.input(screen.getByPlaceholderText('11 位手机号'), { target: { value: '139' } })
  fireEvent.click(screen.getByText('保存'))
  expect(await screen.findByText('手机号应为 11 位数字')).toBeTruthy()
  expect((await h.ok('member', 'liu', { action: 'me' })).member.phone).toBeUndefined()
})

it('an inactive member is told so instead of the member pages', async () => {
  const { items } = await h.ok('member', CHAIR, { action: 'list' })
  await h.ok('member', CHAIR, { action: 'deactivate', memberId: items.find((m: { name: string }) => m.name === '刘芳').id, reason: '调离本校' })
  as('liu')
  render(<Mine />)
  expect(await screen.findByText('会员身份已停用')).toBeTruthy()
  expect(screen.queryByText('我的报名')).toBeNull()
  expect(screen.queryByText('修改')).toBeNull()
})

it('an officer still finds the way into 管理', async () => {
  as('officer')
  render(<Mine />)
  expect(await screen.findByText('管理')).toBeTruthy()
  expect(screen.getByText('我的报名')).toBeTruthy()
})
