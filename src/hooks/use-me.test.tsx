import { act, render, screen } from '@testing-library/react'
import { createHarness, type Harness } from '../../test/support/harness'
import { fetchFromCloud } from '../../test/support/fetch-cloud'
import { OPENID_KEY } from '../config'
import { useMe } from './use-me'

let h: Harness

function Name({ label }: { label: string }) {
  const me = useMe()
  return <span>{`${label}:${me.data?.member?.name ?? '…'}`}</span>
}

beforeEach(async () => {
  h = createHarness()
  await h.members([{ name: '陈思远', unit: '语文组', openid: 'phone-1' }])
  global.fetch = jest.fn(fetchFromCloud(h.cloud))
  localStorage.setItem(OPENID_KEY, 'phone-1')
})

afterEach(() => localStorage.clear())

it('answers every page on screen from one request, and the next page at once', async () => {
  render(
    <>
      <Name label='首页' />
      <Name label='活动' />
    </>
  )
  expect(await screen.findByText('首页:陈思远')).toBeTruthy()
  expect(screen.getByText('活动:陈思远')).toBeTruthy()
  expect(global.fetch).toHaveBeenCalledTimes(1)
  // a page opened later shows the name before its own request answers
  render(<Name label='详情' />)
  expect(screen.getByText('详情:陈思远')).toBeTruthy()
  await act(() => new Promise((r) => setTimeout(r, 50)))
})

it("never shows another caller's answer (切换身份 in the browser)", async () => {
  render(<Name label='首页' />)
  expect(await screen.findByText('首页:陈思远')).toBeTruthy()
  localStorage.setItem(OPENID_KEY, 'phone-2')
  render(<Name label='我的' />)
  expect(screen.getByText('我的:…')).toBeTruthy()
  await act(() => new Promise((r) => setTimeout(r, 50)))
  expect(screen.getByText('我的:…')).toBeTruthy()
})
