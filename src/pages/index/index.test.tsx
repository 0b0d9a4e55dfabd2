import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../config'
import Index from './index'

let h: Harness

beforeEach(async () => {
  h = createHarness()
  await h.members([{ name: '陈思远', unit: '语文组', openid: 'chen' }])
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'chen')
  const post = (title: string, body: string) => h.ok('notice', CHAIR, { action: 'publish', title, body, category: 'notice' })
  h.setNow('2025-06-01T02:00:00.000Z')
  await post('2025 年暑期疗休养报名', '七月分两批前往黄山。')
  h.setNow('2026-11-10T02:00:00.000Z')
  await post('年度体检通知', '地点：市第一人民医院体检中心。')
})

afterEach(() => localStorage.clear())

const type = (text: string) => fireEvent.input(screen.getByPlaceholderText('搜索通知：标题或正文里的字'), { target: { value: text }, detail: { value: text } })

it('finds a notice by a word of its text and says plainly when nothing matches', async () => {
  render(<Index />)
  expect(await screen.findByText('年度体检通知')).toBeTruthy()
  type('人民医院')
  await screen.findByText('清除')
  await waitGone('2025 年暑期疗休养报名')
  expect(screen.getByText('年度体检通知')).toBeTruthy()
  type('运动会(')
  expect(await screen.findByText('没有找到“运动会(”', undefined, { timeout: 3000 })).toBeTruthy()
  fireEvent.click(screen.getByText('清除搜索'))
  expect(await screen.findByText('2025 年暑期疗休养报名', undefined, { timeout: 3000 })).toBeTruthy()
})

it('opens last year’s notices by year', async () => {
  render(<Index />)
  fireEvent.click(await screen.findByText('2025 年'))
  await waitGone('年度体检通知')
  expect(screen.getByText('2025 年暑期疗休养报名')).toBeTruthy()
})

async function waitGone(text: string) {
  await waitFor(() => expect(screen.queryByText(text)).toBeNull(), { timeout: 3000 })
}
