import { fireEvent, render, screen } from '@testing-library/react'
import { createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { setRoute } from '../../../test/support/taro-h5'
import { OPENID_KEY } from '../../config'
import ActivityDetail from './index'

let h: Harness

beforeEach(async () => {
  // 10:00 on 24 Nov 2026 in Shanghai
  h = createHarness()
  await h.members([
    { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' },
    { name: '刘芳', unit: '语文组', gender: 'F', openid: 'liu' },
    { name: '孙浩', unit: '语文组', gender: 'M', openid: 'sun' }
  ])
  global.fetch = fetchFromCloud(h.cloud)
})

afterEach(() => localStorage.clear())

const create = async (over: Record<string, unknown>) =>
  (
    await h.ok<{ id: string }>('activity', 'officer', {
      action: 'create',
      title: '周末登山',
      startAt: '2026-12-01T01:00:00.000Z',
      endAt: '2026-12-01T08:00:00.000Z',
      signupClosesAt: '2026-11-30T10:00:00.000Z',
      ...over
    })
  ).id

it("before signing up, tells a member their unit's quota is full and that 报名 puts them on the waitlist", async () => {
  const id = await create({ capacity: 10, quotas: { 语文组: 1 } })
  await h.ok('activity', 'liu', { action: 'signup', id })
  localStorage.setItem(OPENID_KEY, 'sun')
  setRoute({ id })
  render(<ActivityDetail />)
  expect(await screen.findByText('语文组名额已满（每单位最多 1 人），报名后进入候补')).toBeTruthy()
  expect(screen.getByText('报名候补')).toBeTruthy()
})

it("shows who may take part in the server's words, and a plain 报名 while places are left", async () => {
  const id = await create({ capacity: 10, eligibility: { gender: 'F' } })
  localStorage.setItem(OPENID_KEY, 'liu')
  setRoute({ id })
  render(<ActivityDetail />)
  expect(await screen.findByText('仅限女职工')).toBeTruthy()
  expect(document.querySelector('.signup-form__submit')?.textContent).toBe('报名')
  expect(document.querySelector('.signup-form__outlook')).toBeNull()
})

it("offers check-in by the server's window, not the phone's clock", async () => {
  const id = await create({ capacity: 10 })
  await h.ok('activity', 'liu', { action: 'signup', id })
  localStorage.setItem(OPENID_KEY, 'liu')
  setRoute({ id })
  // a week before: the hours are shown, there is nothing to type
  const early = render(<ActivityDetail />)
  expect(await screen.findByText(/现场签到时间：12月1日 08:00 – 12月1日 16:00/)).toBeTruthy()
  expect(screen.queryByPlaceholderText('输入现场公布的 4 位签到码')).toBeNull()
  early.unmount()
  // ten minutes past its opening on the server
  h.setNow('2026-12-01T00:10:00.000Z')
  render(<ActivityDetail />)
  expect(await screen.findByPlaceholderText('输入现场公布的 4 位签到码')).toBeTruthy()
})

it('shows a called-off activity as 已取消 with the reason, and offers no 报名 or 取消报名', async () => {
  const id = await create({ capacity: 10 })
  await h.ok('activity', 'liu', { action: 'signup', id })
  await h.ok('activity', 'officer', { action: 'cancelActivity', id, reason: '天气原因' })
  for (const who of ['liu', 'sun']) {
    localStorage.setItem(OPENID_KEY, who)
    setRoute({ id })
    const page = render(<ActivityDetail />)
    expect(await screen.findByText('活动已取消：天气原因')).toBeTruthy()
    expect(screen.getByText('已取消')).toBeTruthy()
    expect(document.querySelector('.signup-form__submit')).toBeNull()
    expect(screen.queryByText('取消报名')).toBeNull()
    page.unmount()
  }
})

it('shows the range a number question takes, and the server’s refusal of 5 names it', async () => {
  const id = await create({ fields: [{ key: 'family', label: '携带家属人数', type: 'number', max: 3 }] })
  localStorage.setItem(OPENID_KEY, 'liu')
  setRoute({ id })
  render(<ActivityDetail />)
  expect(await screen.findByText('请填写 0 到 3 的整数')).toBeTruthy()
  const input = document.querySelector('.signup-form__field--family input') as HTMLInputElement
  fireEvent.input(input, { target: { value: '5' } })
  fireEvent.click(document.querySelector('.signup-form__submit') as Element)
  expect(await screen.findByText('「携带家属人数」不能大于 3，请填写 0 到 3 的整数')).toBeTruthy()
})
