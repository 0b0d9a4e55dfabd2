import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { sha256Hex } from '../../../types/draw'
import type { DrawInfo } from '../../../types/suggestion'
import { CHAIR } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { suggestionFixture, type SuggestionFixture } from '../../../test/support/suggestion-fixture'
import { OPENID_KEY } from '../../config'
import { DrawProof } from './index'

const NUMBERS = ['2611-A2B3', '2611-C4D5', '2611-E6F7']
const CHAIR_SECRET = 'the chair keeps this safe 2026-11'
let f: SuggestionFixture
let sent: string[]

beforeEach(async () => {
  f = await suggestionFixture('2026-11-02T02:00:00.000Z')
  await f.h.cloud.ready
  await f.h.cloud.store.insert(
    'suggestions',
    NUMBERS.map((number) => ({ _id: number, number, month: '2026-11', content: `建议 ${number}`, category: '其他', status: 'received', reply: null, steps: [], claimHash: 'x' }))
  )
  await f.h.ok('suggestion', CHAIR, { action: 'setKeyholders', month: '2026-11', memberIds: [f.supervisor.id], count: 1 })
  await f.h.ok('suggestion', CHAIR, { action: 'commitDraw', month: '2026-11', commitment: sha256Hex(CHAIR_SECRET) })
  const cloud = fetchFromCloud(f.h.cloud)
  sent = []
  global.fetch = ((url: string, init?: { body?: string }) => {
    sent.push(String(init?.body ?? ''))
    return cloud(url as never, init as never)
  }) as typeof fetch
  localStorage.setItem(OPENID_KEY, f.supervisor.openid as string)
  jest.spyOn(Taro, 'setClipboardData').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const board = async () => (await f.h.ok<{ draw: DrawInfo }>('suggestion', f.members[0].openid as string, { action: 'board', month: '2026-11' })).draw

it('lets the 督导员 lock a key on their own phone, keeps it there to copy, and after the close reveal it; the phone then says 已验证', async () => {
  const { unmount } = render(<DrawProof draw={await board()} month='2026-11' numbers={[]} />)
  expect(await screen.findByText('我是督导员，本月抽奖的密钥保管人')).toBeTruthy()
  expect(screen.getByText('工会主席')).toBeTruthy()
  expect(screen.getByText('还没有锁定密钥')).toBeTruthy()
  fireEvent.click(screen.getByText('生成密钥并锁定'))
  await waitFor(() => expect(document.querySelector('.draw-key__secret')?.textContent).toMatch(/^[0-9a-f]{32}$/))
  const secret = document.querySelector('.draw-key__secret')?.textContent as string
  expect(sha256Hex(secret)).toBe((await board()).keyholders?.[1].commitment)
  fireEvent.click(screen.getByText('复制'))
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: secret })
  for (const body of sent) expect(body).not.toContain(secret)
  unmount()

  // the month closes; the chair reveals from her phone, then this phone shows its saved key again to reveal
  f.h.setNow('2026-12-01T02:00:00.000Z')
  await f.h.ok('suggestion', CHAIR, { action: 'reveal', month: '2026-11', secret: CHAIR_SECRET })
  render(<DrawProof draw={await board()} month='2026-11' numbers={[]} />)
  expect(await screen.findByText(/请在12月7日前揭晓你的密钥/)).toBeTruthy()
  fireEvent.click(screen.getByText('揭晓我的密钥'))
  expect(await screen.findByText('已验证')).toBeTruthy()
  expect(Array.from(document.querySelectorAll('.draw-proof__key-status'), (e) => e.textContent)).toEqual(['11月2日已锁定 · 12月1日已揭晓', '11月2日已锁定 · 12月1日已揭晓'])
  expect(screen.getByText(/中奖号码/).textContent).toMatch(/26\d\d-/)
})

it('says 验证失败 when the published winners do not follow from the reveals, and shows no key panel to a member', async () => {
  f.h.setNow('2026-12-08T02:00:00.000Z')
  await f.h.ok('suggestion', CHAIR, { action: 'reveal', month: '2026-11', secret: CHAIR_SECRET }).catch(() => undefined)
  localStorage.setItem(OPENID_KEY, f.members[0].openid as string)
  const d = await board()
  // the 督导员 never locked a key: no draw on the chair's key alone
  expect(d.voidReason).toContain('不足两位')
  render(<DrawProof draw={{ ...d, voidReason: undefined, winners: [NUMBERS[0]] }} month='2026-11' numbers={[]} />)
  expect(await screen.findByText('验证失败')).toBeTruthy()
  expect(screen.queryByText(/密钥保管人$/)).toBeNull()
  render(<DrawProof draw={d} numbers={[]} />)
  expect(screen.getByText('本月不抽奖')).toBeTruthy()
})
