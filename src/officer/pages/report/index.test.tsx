import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { yearKit, type YearKit } from '../../../../cloudfunctions/report/testing'
import { CHAIR, createHarness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../../config'
import Report from './index'

let k: YearKit
beforeAll(async () => {
  k = await yearKit()
}, 120000)

beforeEach(() => {
  localStorage.setItem(OPENID_KEY, CHAIR)
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

/** Goes from the year the page opens on (this Beijing year) to 2027. */
async function openYear2027() {
  const shown = Number((await screen.findByText(/^\d{4} 年$/)).textContent!.slice(0, 4))
  for (let y = shown; y !== 2027; y += y < 2027 ? 1 : -1) fireEvent.click(screen.getByText(y < 2027 ? '下一年 ›' : '‹ 上一年'))
  await screen.findByText('2027 年')
}

const row = (label: string) => screen.getByText(label).closest('.report__figure') as HTMLElement

it('shows 2027 in the 工作总结 outline, and a tapped figure says what it counts and opens that list', async () => {
  global.fetch = fetchFromCloud(k.h.cloud)
  const modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
  render(<Report />)
  await openYear2027()
  expect(await screen.findByText('一、民主管理')).toBeTruthy()
  expect(within(row('组织活动')).getByText('2')).toBeTruthy()
  expect(within(row('报名人次')).getByText('4')).toBeTruthy()
  expect(within(row('慰问金')).getByText('900')).toBeTruthy()
  expect(within(row('投票率')).getByText('33.3')).toBeTruthy()
  fireEvent.click(row('校务公开'))
  await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '校务公开 1 条', content: expect.stringContaining('2027 年发布的校务公开') })))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
  // a list outside the tab bar opens with navigateTo
  const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
  fireEvent.click(row('慰问金'))
  await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/officer/pages/care/index' }))
  expect(modal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '慰问金 900 元', content: '统计的是：2027 年的慰问台账。', confirmText: '去查看' }))
})

it('draws participation by month, by unit and care by occasion, each chart with its numbers in a table', async () => {
  global.fetch = fetchFromCloud(k.h.cloud)
  render(<Report />)
  await openYear2027()
  const chart = async (title: string) => (await screen.findByText(title)).closest('.chart') as HTMLElement
  const months = await chart('各月活动参与')
  expect(months.querySelector('canvas, taro-canvas-core')).toBeTruthy()
  expect(within(months).getByText('3 人次 · 33.3%')).toBeTruthy()
  const units = await chart('各部门参与率')
  expect(within(within(units).getByText('语文组').closest('.table__row') as HTMLElement).getByText('50%（2/4）')).toBeTruthy()
  const care = await chart('慰问（按事由）')
  expect(within(care).getByText('2 人次 · 400 元')).toBeTruthy()
  // jsdom lays nothing out, so F2 had no canvas to draw on: the table stands in, and says so to the page
  await act(() => new Promise((r) => setTimeout(r, 120)))
  expect(months.getAttribute('data-drawn')).toBe('false')
})

it('a month with no records shows the empty state and no chart', async () => {
  global.fetch = fetchFromCloud(k.h.cloud)
  render(<Report />)
  fireEvent.click(await screen.findByText('月报'))
  const shown = (await screen.findByText(/^\d{4} 年 \d+ 月$/)).textContent!
  const [y, m] = shown.match(/\d+/g)!.map(Number)
  for (let i = y * 12 + m - 1; i !== 2027 * 12 + 7; i += i < 2027 * 12 + 7 ? 1 : -1) fireEvent.click(screen.getByText(i < 2027 * 12 + 7 ? '下月 ›' : '‹ 上月'))
  expect(await screen.findByText('2027 年 8 月')).toBeTruthy()
  expect(await screen.findByText('这个月还没有记录')).toBeTruthy()
  expect(screen.queryByText('图表')).toBeNull()
  expect(screen.queryByText('组织活动')).toBeNull()
})

it('saves the plan the chair types, one item a line, and marks each done or not; a line without a month is named', async () => {
  global.fetch = fetchFromCloud(k.h.cloud)
  render(<Report />)
  await openYear2027()
  fireEvent.click(await screen.findByText('填写计划'))
  const type = (value: string) => act(() => void document.querySelector('.report__plan-input')!.dispatchEvent(new CustomEvent('input', { detail: { value } })))
  type('3月 春季运动会（活动）\n下学期 秋游')
  fireEvent.click(screen.getByText('保存计划'))
  expect(await screen.findByText(/第 2 行没有看懂/)).toBeTruthy()
  type('3月 春季运动会（活动）\n6月 端午包粽子')
  fireEvent.click(screen.getByText('保存计划'))
  expect(await screen.findByText('完成 1 / 2')).toBeTruthy()
  expect(screen.getByText('已完成')).toBeTruthy()
  expect(screen.getByText('未完成')).toBeTruthy()
  const saved = await k.h.ok('report', CHAIR, { action: 'plan', year: 2027 })
  expect(saved.items.map((i: { month: number; title: string }) => `${i.month} ${i.title}`)).toEqual(['3 春季运动会', '6 端午包粽子'])
})

it('a year and a month with nothing recorded say so, not a page of zeros', async () => {
  global.fetch = fetchFromCloud(createHarness().cloud)
  render(<Report />)
  expect(await screen.findByText(/^\d{4} 年还没有记录$/)).toBeTruthy()
  expect(screen.queryByText('组织活动')).toBeNull()
  fireEvent.click(screen.getByText('月报'))
  expect(await screen.findByText('这个月还没有记录')).toBeTruthy()
})
