import { render, screen, waitFor } from '@testing-library/react'
import { createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { setRoute } from '../../../test/support/taro-h5'
import { OPENID_KEY } from '../../config'
import GreetingCard from './index'

let h: Harness

beforeEach(async () => {
  // 01:30 on 中秋 2026 in Shanghai
  h = createHarness({ now: '2026-09-24T17:30:00.000Z' })
  await h.members([
    { name: '刘芳', unit: '语文组', lunarBirthday: { month: 8, day: 15 }, openid: 'liu' },
    { name: '孙浩', unit: '语文组', openid: 'sun' }
  ])
  await h.cloud.fireTimer('greeting', 'daily')
  global.fetch = fetchFromCloud(h.cloud)
})

afterEach(() => localStorage.clear())

const cardOf = async (openid: string, occasion: string) => {
  const { items } = await h.ok<{ items: { id: string; occasion: string }[] }>('greeting', openid, { action: 'inbox' })
  return items.find((i) => i.occasion === occasion)!.id
}

it("draws the birthday card with its title, the member's words and the union's signature", async () => {
  localStorage.setItem(OPENID_KEY, 'liu')
  setRoute({ id: encodeURIComponent(await cardOf('liu', 'birthday')) })
  const { container } = render(<GreetingCard />)
  expect(await screen.findByText('生日快乐')).toBeTruthy()
  expect(screen.getByText(/亲爱的刘芳老师/)).toBeTruthy()
  expect(screen.getByText('—— 学校工会 敬贺')).toBeTruthy()
  // Taro's H5 View takes a new className in an effect after its children have rendered: the card's
  // colours may come a moment after its words
  await waitFor(() => expect(container.querySelector('.gcard--blossom')).toBeTruthy())
})

it('draws 中秋 under a moon', async () => {
  localStorage.setItem(OPENID_KEY, 'sun')
  setRoute({ id: await cardOf('sun', 'mid-autumn') })
  const { container } = render(<GreetingCard />)
  expect(await screen.findByText('中秋快乐')).toBeTruthy()
  expect(screen.getByText('中秋节 · 2026.09.25')).toBeTruthy()
  expect(container.querySelector('.gcard__moon')).toBeTruthy()
})

it("someone else's card says it was not found", async () => {
  localStorage.setItem(OPENID_KEY, 'sun')
  setRoute({ id: await cardOf('liu', 'birthday') })
  render(<GreetingCard />)
  expect(await screen.findByText('没有找到这张贺卡')).toBeTruthy()
})

it('a card forwarded by its member opens for a colleague with its share key, and not without it', async () => {
  const id = await cardOf('liu', 'birthday')
  const { shareKey } = await h.ok<{ shareKey: string }>('greeting', 'liu', { action: 'card', id })
  localStorage.setItem(OPENID_KEY, 'sun')
  setRoute({ id: encodeURIComponent(id), key: shareKey })
  render(<GreetingCard />)
  expect(await screen.findByText('生日快乐')).toBeTruthy()
  expect(screen.getByText(/亲爱的刘芳老师/)).toBeTruthy()
})
