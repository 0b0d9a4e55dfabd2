import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import CompetitionEntries from './index'

let h: Harness
let eventId: string

beforeEach(async () => {
  h = createHarness()
  await h.members([
    { name: '李委员', unit: '语文组', role: 'officer', openid: 'officer' },
    { name: '陈思远', unit: '语文组', gender: 'M', openid: 'chen' },
    { name: '孙浩', unit: '语文组', gender: 'M', openid: 'sun' },
    { name: '吴强', unit: '数学组', gender: 'M', openid: 'wu' }
  ])
  const comp = await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: ['语文组', '数学组'], unitLimit: 1 })
  eventId = (await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: '跳绳', kind: 'measured' })).id
  for (const o of ['chen', 'sun', 'wu']) await h.ok('competition', o, { action: 'selfEnter', eventId })
  setRoute({ eventId })
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'officer')
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const pending = () => document.querySelector('.comp-entries__pending') as HTMLElement
const rowOf = (name: string) => within(pending()).getByText(name).closest('.comp-entries__request') as HTMLElement

it('lists the unit’s own entries to approve; approving moves one into the entered list', async () => {
  render(<CompetitionEntries />)
  await waitRow('孙浩')
  // only 语文组's: 吴强 is another unit's officer's to decide
  expect(within(pending()).queryByText('吴强')).toBeNull()
  expect(within(pending()).getByText('2 人')).toBeTruthy()
  fireEvent.click(within(rowOf('陈思远')).getByText('通过'))
  // the pending card's count (the entered card then says 1 人 too, in the same render or the next)
  await waitFor(() => expect(within(pending()).getByText('1 人')).toBeTruthy())
  const entered = screen.getByText(/跳绳 · 已报名/).closest('.card') as HTMLElement
  expect(await within(entered).findByText('陈思远')).toBeTruthy()
  expect(within(pending()).queryByText('陈思远')).toBeNull()
})

it('an approval over the limit is refused with the limit named, and the member stays pending', async () => {
  const modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
  await h.ok('competition', 'officer', { action: 'approveEntry', entryId: (await h.ok('competition', 'chen', { action: 'myEntry', eventId })).entry.id, approved: true })
  render(<CompetitionEntries />)
  fireEvent.click(within(await waitRow('孙浩')).getByText('通过'))
  await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: '语文组在跳绳已报满 1 人，不能再通过。可先取消其他人的报名，或退回这条申请' })))
  expect(within(rowOf('孙浩')).getByText('通过')).toBeTruthy()
})

it('declining asks for a reason the member will see, and lists it under 已退回', async () => {
  render(<CompetitionEntries />)
  fireEvent.click(within(await waitRow('孙浩')).getByText('退回'))
  fireEvent.input(screen.getByPlaceholderText('退回原因（选填），会员能看到'), { target: { value: '已安排其他老师' } })
  fireEvent.click(screen.getByText('确认退回'))
  expect(await screen.findByText('李委员退回：已安排其他老师')).toBeTruthy()
  expect((await h.ok('competition', 'sun', { action: 'myEntry', eventId })).entry).toMatchObject({ status: 'declined', reason: '已安排其他老师' })
})

async function waitRow(name: string) {
  await within(await screen.findByText('待审核').then(() => pending())).findByText(name)
  return rowOf(name)
}
