import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { sha256Hex } from '../../../../types/draw'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../../config'
import SuggestionAwards from './index'

let h: Harness
let sent: string[]

beforeEach(async () => {
  // the page reads this month from the phone's clock: the server's clock agrees with it
  h = createHarness({ now: new Date().toISOString() })
  await h.members([{ name: '陈思远', unit: '语文组', openid: 'chen' }])
  await h.ok('suggestion', 'chen', { action: 'submit', content: '建议教工停车场晚上加装照明。', category: '后勤' })
  const cloud = fetchFromCloud(h.cloud)
  sent = []
  // every request body the page sends, to show the secret never leaves before the reveal
  global.fetch = ((url: string, init?: { body?: string }) => {
    sent.push(String(init?.body ?? ''))
    return cloud(url as never, init as never)
  }) as typeof fetch
  localStorage.setItem(OPENID_KEY, CHAIR)
  jest.spyOn(Taro, 'setClipboardData').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('shows the lucky-draw secret whole with 复制, copies all of it, and sends only its fingerprint to the server', async () => {
  render(<SuggestionAwards />)
  // the page opens on last month; this month is still open for locking the draw
  fireEvent.click(await screen.findByText('›'))
  fireEvent.click(await screen.findByText('生成密钥并锁定抽奖'))
  fireEvent.click(await screen.findByText('复制'))
  const board = await h.ok<{ draw: { commitment: string } }>('suggestion', 'chen', { action: 'board' })
  const shown = document.querySelector('.awards__secret')?.textContent ?? ''
  expect(sha256Hex(shown)).toBe(board.draw.commitment)
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: shown })
  expect(screen.getByText(/文件传输助手/)).toBeTruthy()
  await waitFor(() => expect(sent.some((b) => b.includes('"commitDraw"'))).toBe(true))
  for (const body of sent) expect(body).not.toContain(shown)
})
