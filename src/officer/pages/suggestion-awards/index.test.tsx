import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { sha256Hex } from '../../../../types/draw'
import type { DrawInfo } from '../../../../types/suggestion'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../../config'
import SuggestionAwards from './index'

let h: Harness
let sent: string[]

beforeEach(async () => {
  // the page reads this month from the phone's clock: the server's clock agrees with it
  h = createHarness({ now: new Date().toISOString() })
  const [, auditor] = await h.members([
    { name: '陈思远', unit: '语文组', openid: 'chen' },
    { name: '周婷', unit: '数学组', openid: 'zhou' }
  ])
  await h.ok('member', CHAIR, { action: 'tag', memberId: auditor.id, tags: ['经审委员'] })
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

it('has the chair choose a 经审委员 as the second keyholder, then lock her own key, shown whole with 复制; only its fingerprint is sent', async () => {
  render(<SuggestionAwards />)
  // the page opens on last month; this month is still open for choosing keyholders
  fireEvent.click(await screen.findByText('›'))
  expect(await screen.findByText(/两位密钥保管人一起决定/)).toBeTruthy()
  fireEvent.click(await screen.findByText('经审委员 周婷'))
  fireEvent.click(screen.getByText('选定密钥保管人'))
  expect(await screen.findByText('经审委员 周婷')).toBeTruthy()
  expect(await screen.findByText('我是工会主席，本月抽奖的密钥保管人')).toBeTruthy()
  fireEvent.click(screen.getByText('生成密钥并锁定'))
  await waitFor(() => expect(document.querySelector('.draw-key__secret')).toBeTruthy())
  fireEvent.click(screen.getByText('复制'))
  const { draw } = await h.ok<{ draw: DrawInfo }>('suggestion', 'chen', { action: 'board' })
  const shown = document.querySelector('.draw-key__secret')?.textContent ?? ''
  expect(draw.keyholders?.map((k) => `${k.role}${k.name}`)).toEqual(['工会主席', '经审委员周婷'])
  expect(sha256Hex(shown)).toBe(draw.keyholders?.[0].commitment)
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: shown })
  expect(screen.getByText(/文件传输助手/)).toBeTruthy()
  await waitFor(() => expect(sent.some((b) => b.includes('"commitDraw"'))).toBe(true))
  for (const body of sent) expect(body).not.toContain(shown)
})

it('tells the chair why last month has no draw when no keyholders were chosen in it', async () => {
  render(<SuggestionAwards />)
  expect(await screen.findByText('这个月结束前没有选定密钥保管人，不能再抽奖。')).toBeTruthy()
  expect(screen.queryByText('选定密钥保管人')).toBeNull()
})
