import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../config'
import Suggestions from './index'

let h: Harness

beforeEach(async () => {
  // 10:00 on 24 Nov 2026 in Shanghai
  h = createHarness()
  await h.members([
    { name: '陈思远', unit: '语文组', openid: 'chen' },
    { name: '周婷', unit: '数学组', openid: 'zhou' }
  ])
  // the real suggestion function over a real store; only the network is stood in for
  global.fetch = fetchFromCloud(h.cloud)
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('shows an unbound phone 去绑定 and no form to fill in, and 绑定 comes back to 建议', async () => {
  localStorage.setItem(OPENID_KEY, 'new-phone')
  render(<Suggestions />)
  fireEvent.click(await screen.findByText('去绑定'))
  expect(screen.getByText('绑定后写建议、看公开栏')).toBeTruthy()
  expect(screen.queryByText('重试')).toBeNull()
  expect(screen.queryByText('匿名提交')).toBeNull()
  expect(document.querySelector('textarea, input')).toBeNull()
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/bind/index?back=%2Fpages%2Fsuggestions%2Findex' })
})

it('shows a bound member the form once the server has said they may write', async () => {
  localStorage.setItem(OPENID_KEY, 'chen')
  render(<Suggestions />)
  expect(await screen.findByText('匿名提交')).toBeTruthy()
  expect(screen.queryByText('去绑定')).toBeNull()
})

it('leads a winner on another phone from the winners banner and from 奖品待认领 to 认领奖品', async () => {
  const mine = await h.ok<{ number: string }>('suggestion', 'chen', { action: 'submit', content: '建议教工停车场晚上加装照明。', category: '后勤' })
  await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: mine.number, prize: '一等奖' }] })
  // 周婷's phone holds no number: the winner borrowed it, or 陈思远 changed phones
  localStorage.setItem(OPENID_KEY, 'zhou')
  render(<Suggestions />)
  fireEvent.click(await screen.findByText('我中奖了，去认领'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/suggestion-claim/index' })
  fireEvent.click(screen.getByText('奖品待认领 · 我中奖了，去认领 ›'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/suggestion-claim/index?number=${mine.number}` })
})
