import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { setRoute } from '../../../test/support/taro-h5'
import { OPENID_KEY } from '../../config'
import CompetitionEvent from './index'

let h: Harness
let eventId: string
let requestId = ''

beforeEach(async () => {
  h = createHarness()
  await h.members([
    { name: '李委员', unit: '语文组', role: 'officer', openid: 'officer' },
    { name: '陈思远', unit: '语文组', gender: 'M', openid: 'member' }
  ])
  const comp = await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: ['语文组', '体育组'] })
  eventId = (await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: '跳绳', kind: 'measured' })).id
  setRoute({ id: eventId })
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'member')
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const decide = (approved: boolean, reason?: string) => h.ok('competition', 'officer', { action: 'approveEntry', entryId: requestId, approved, ...(reason ? { reason } : {}) })

it('a member taps 我要报名 and sees it waiting for their officer', async () => {
  render(<CompetitionEvent />)
  expect(await screen.findByText(/报名后由语文组的委员审核/)).toBeTruthy()
  fireEvent.click(screen.getByText('我要报名'))
  expect(await screen.findByText('待审核')).toBeTruthy()
  expect(screen.getByText('等待语文组的委员审核，通过后即计入名额')).toBeTruthy()
  expect(screen.queryByText('我要报名')).toBeNull()
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已提交，等待委员审核' }))
})

it('shows the officer’s decision: approved by whom, or declined with the reason', async () => {
  requestId = (await h.ok('competition', 'member', { action: 'selfEnter', eventId })).id
  await decide(false, '本组名额留给新教师')
  const { unmount } = render(<CompetitionEvent />)
  expect(await screen.findByText('未通过')).toBeTruthy()
  expect(screen.getByText('李委员退回了你的报名')).toBeTruthy()
  expect(screen.getByText('原因：本组名额留给新教师。如有疑问请联系本部门委员')).toBeTruthy()
  unmount()
  await decide(true)
  render(<CompetitionEvent />)
  expect(await screen.findByText('已通过')).toBeTruthy()
  expect(screen.getByText('李委员已确认你的报名，请按时参赛')).toBeTruthy()
})

it('an event the member may not enter says why and offers no button', async () => {
  const comp = await h.ok('competition', CHAIR, { action: 'list' })
  const women = await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.items[0].id, name: '踢毽子', kind: 'measured', category: '女子' })
  setRoute({ id: women.id })
  render(<CompetitionEvent />)
  expect(await screen.findByText('女子踢毽子只限女会员报名')).toBeTruthy()
  await act(() => new Promise((r) => setTimeout(r, 20)))
  expect(screen.queryByText('我要报名')).toBeNull()
})
