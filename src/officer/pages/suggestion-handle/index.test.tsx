import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { publishBatchOf, submitAs } from '../../../../test/support/suggestion-phone'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import SuggestionHandle from './index'

let h: Harness

/** Submitted anonymously with a token, and its 17:00 batch published. */
async function submitted(on: Harness, openid: string, content: string) {
  const r = await submitAs(on, openid, content, '后勤')
  await publishBatchOf(on, r.publishesAt)
  return r
}
let number: string

beforeEach(async () => {
  h = createHarness()
  await h.members([{ name: '陈思远', unit: '语文组', openid: 'chen' }])
  number = (await submitted(h, 'chen', '建议教工停车场晚上加装照明。')).number
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, CHAIR)
  setRoute({ number })
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('records a double-tapped 记录这一步 once, then offers 修改 and 撤回 for it today', async () => {
  render(<SuggestionHandle />)
  fireEvent.click(await screen.findByText('已转交'))
  fireEvent.click(screen.getByText('后勤处'))
  fireEvent.click(screen.getByText('一周后'))
  const button = screen.getByText('记录这一步')
  fireEvent.click(button)
  fireEvent.click(button)
  expect(await screen.findByText('修改')).toBeTruthy()
  await waitFor(() => expect(Taro.showToast).toHaveBeenCalled())
  const board = await h.ok<{ items: { timeline: unknown[] }[] }>('suggestion', 'chen', { action: 'board' })
  expect(board.items[0].timeline).toHaveLength(1)
  expect(screen.getAllByText(/已转交 · 后勤处/)).toHaveLength(1)
  expect(screen.getByText('撤回')).toBeTruthy()
})

it('hides a named colleague before the batch goes out, and the board then says 已隐去人名 1 处', async () => {
  // the phone's clock and the server's agree in life: both on real time here
  h.setNow(null)
  const pending = await submitAs(h, 'chen', '钱卫东老师总占用体育课。', '管理')
  setRoute({ number: pending.number })
  jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
  render(<SuggestionHandle />)
  expect(await screen.findByText('公布前隐去人名')).toBeTruthy()
  expect(screen.getByText(/将于(今天|明天)17:00公布/)).toBeTruthy()
  fireEvent.input(screen.getByPlaceholderText('照原文填写人名，多个用顿号隔开'), { target: { value: '钱卫东' } })
  fireEvent.click(screen.getByText('隐去这些人名'))
  await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已隐去 1 处' })))
  expect(await screen.findByText('已隐去人名 1 处')).toBeTruthy()
  expect(screen.getByText('××老师总占用体育课。')).toBeTruthy()
  expect(document.body.textContent).not.toContain('钱卫东老师')
  await publishBatchOf(h, pending.publishesAt)
  const board = await h.ok<{ items: { number: string; content: string; redacted?: number }[] }>('suggestion', 'chen', { action: 'board' })
  expect(board.items.find((i) => i.number === pending.number)).toMatchObject({ content: '××老师总占用体育课。', redacted: 1 })
})

it('offers no hiding once a suggestion is on the board', async () => {
  render(<SuggestionHandle />)
  expect(await screen.findByText('记录这一步')).toBeTruthy()
  expect(screen.queryByText('公布前隐去人名')).toBeNull()
})
