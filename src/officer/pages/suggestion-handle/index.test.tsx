import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import SuggestionHandle from './index'

let h: Harness
let number: string

beforeEach(async () => {
  h = createHarness()
  await h.members([{ name: '陈思远', unit: '语文组', openid: 'chen' }])
  number = (await h.ok<{ number: string }>('suggestion', 'chen', { action: 'submit', content: '建议教工停车场晚上加装照明。', category: '后勤' })).number
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
