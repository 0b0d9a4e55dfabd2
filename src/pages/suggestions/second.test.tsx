import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { publishBatchOf, submitAs } from '../../../test/support/suggestion-phone'
import { OPENID_KEY } from '../../config'
import Suggestions from './index'

jest.setTimeout(60_000)

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

it('lets a member 附议 a suggestion once: the count goes up, the phone shows 已附议, another phone sees the count and its own button', async () => {
  const r = await submitAs(h, 'chen', '建议教工食堂周五增加面食窗口。', '后勤')
  await publishBatchOf(h, r.publishesAt)
  localStorage.setItem(OPENID_KEY, 'zhou')
  render(<Suggestions />)
  expect(await screen.findByText('附议 0')).toBeTruthy()
  fireEvent.click(await screen.findByText('附议'))
  expect(await screen.findByText('已附议')).toBeTruthy()
  await waitFor(() => expect(screen.getByText('附议 1')).toBeTruthy())
  expect(screen.queryByText('附议')).toBeNull()
  cleanup()

  // the author's phone: the server cannot tell it wrote this one, so it may 附议 too
  localStorage.setItem(OPENID_KEY, 'chen')
  render(<Suggestions />)
  expect(await screen.findByText('附议 1')).toBeTruthy()
  expect(screen.queryByText('已附议')).toBeNull()
  expect(screen.getByText('附议')).toBeTruthy()
})
