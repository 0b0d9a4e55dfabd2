import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { sha256Hex } from '../../../types/draw'
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
  // November's prizes open once it has closed in Beijing; the board opens on December, then back a month
  h.setNow('2026-12-01T02:00:00.000Z')
  await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: mine.number, prize: '一等奖' }] })
  // 周婷's phone holds no number: the winner borrowed it, or 陈思远 changed phones
  localStorage.setItem(OPENID_KEY, 'zhou')
  render(<Suggestions />)
  await screen.findByText('2026年12月公开栏')
  fireEvent.click(screen.getByText('‹'))
  fireEvent.click(await screen.findByText('我中奖了，去认领'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/suggestion-claim/index' })
  fireEvent.click(screen.getByText('奖品待认领 · 我中奖了，去认领 ›'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/suggestion-claim/index?number=${mine.number}` })
})

it('tells members in plain words that the lucky draw checks out, with the mathematics only behind 如何验证', async () => {
  const secret = 'board-ui-test-secret-2026-11'
  await h.ok('suggestion', CHAIR, { action: 'commitDraw', month: '2026-11', commitment: sha256Hex(secret), count: 1 })
  await h.ok('suggestion', 'chen', { action: 'submit', content: '建议教工停车场晚上加装照明。', category: '后勤' })
  h.setNow('2026-12-01T02:00:00.000Z')
  await h.ok('suggestion', CHAIR, { action: 'draw', month: '2026-11', secret })
  localStorage.setItem(OPENID_KEY, 'zhou')
  render(<Suggestions />)
  await screen.findByText('2026年12月公开栏')
  fireEvent.click(screen.getByText('‹'))
  expect(await screen.findByText('抽奖结果可验证')).toBeTruthy()
  expect(screen.getByText('已验证')).toBeTruthy()
  expect(screen.getByText(/结果和公布的一样/)).toBeTruthy()
  const page = () => document.body.textContent ?? ''
  for (const maths of ['SHA-256', 'HMAC', sha256Hex(secret), secret]) expect(page()).not.toContain(maths)
  fireEvent.click(screen.getByText('如何验证 ▾'))
  expect(page()).toContain(sha256Hex(secret))
  expect(page()).toContain(`揭晓的密钥：${secret}`)
  expect(page()).toContain('HMAC-SHA256(密钥, 号码)')
})
