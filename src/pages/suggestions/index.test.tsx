import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { sha256Hex } from '../../../types/draw'
import { CHAIR, type Harness } from '../../../test/support/harness'
import { lockKeyedDraw } from '../../../test/support/keyed-draw'
import { suggestionPageHarness } from '../../../test/support/page-harness'
import { publishBatchOf, submitAs } from '../../../test/support/suggestion-phone'
import { OPENID_KEY } from '../../config'
import Suggestions from './index'

const harness = suggestionPageHarness()
let h: Harness

/** Submitted anonymously with a token, and its 17:00 batch published. */
async function submitted(on: Harness, openid: string, content: string) {
  const r = await submitAs(on, openid, content, '后勤')
  await publishBatchOf(on, r.publishesAt)
  return r
}

beforeEach(() => {
  h = harness()
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
  const mine = await submitted(h, 'chen', '建议教工停车场晚上加装照明。')
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
  // the chair and a 经审委员 each lock a key in November and reveal it once the month has closed
  const [auditor] = await h.members([{ name: '林审计', unit: '行政', openid: 'auditor' }])
  await h.ok('member', CHAIR, { action: 'tag', memberId: auditor.id, tags: ['经审委员'] })
  const kit = await lockKeyedDraw(h, '2026-11', auditor)
  await submitted(h, 'chen', '建议教工停车场晚上加装照明。')
  h.setNow('2026-12-01T02:00:00.000Z')
  await kit.reveal()
  localStorage.setItem(OPENID_KEY, 'zhou')
  render(<Suggestions />)
  await screen.findByText('2026年12月公开栏')
  fireEvent.click(screen.getByText('‹'))
  expect(await screen.findByText('抽奖结果可验证')).toBeTruthy()
  expect(screen.getByText('已验证')).toBeTruthy()
  const page = () => document.body.textContent ?? ''
  for (const maths of ['SHA-256', 'HMAC', sha256Hex(kit.chairSecret), kit.chairSecret, kit.otherSecret]) expect(page()).not.toContain(maths)
  fireEvent.click(screen.getByText('如何验证 ▾'))
  expect(page()).toContain(sha256Hex(kit.chairSecret))
  expect(page()).toContain(`揭晓的密钥：${kit.chairSecret}`)
  expect(page()).toContain(`揭晓的密钥：${kit.otherSecret}`)
  expect(page()).toContain('HMAC-SHA256(种子, 号码)')
})

it('sends a suggestion without a name, says when it goes on the board, and keeps it off the board until then', async () => {
  // the phone's clock and the server's agree in life: both on real time here
  h.setNow(null)
  localStorage.setItem(OPENID_KEY, 'chen')
  render(<Suggestions />)
  expect(await screen.findByText(/本周还可提交 5 条/, undefined, { timeout: 5000 })).toBeTruthy()
  fireEvent.input(document.querySelector('textarea') as HTMLTextAreaElement, { target: { value: '建议图书馆周末开放。' } })
  fireEvent.click(screen.getByText('匿名提交'))
  expect(await screen.findByText('提交成功')).toBeTruthy()
  expect(screen.getAllByText(/将于(今天|明天)17:00公布/).length).toBeGreaterThan(0)
  expect(screen.getByText(/本周还可提交 4 条/)).toBeTruthy()
  expect(screen.getByText('这个月还没有公布的建议')).toBeTruthy()
  // the stored suggestion carries no name: the server was called without an openid
  expect(await h.snapshot()).not.toMatch(/"content":"建议图书馆周末开放。"[^}]*chen/)
})

it('tells a member who has used this week’s five when more come', async () => {
  localStorage.setItem(OPENID_KEY, 'zhou')
  // five taken (and spent) on another phone of hers this week
  for (let i = 0; i < 5; i++) await submitAs(h, 'zhou', `第 ${i + 1} 条`)
  render(<Suggestions />)
  expect(await screen.findByText(/本周的 5 条已经用完.*11月30日（下周一）起可以再提交/, undefined, { timeout: 5000 })).toBeTruthy()
  expect(screen.queryByText(/本周还可提交/)).toBeNull()
})
