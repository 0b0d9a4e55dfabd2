import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { setRoute } from '../../../test/support/taro-h5'
import { OPENID_KEY } from '../../config'
import NoticeDetail from './index'
import { publishBatchOf, submitAs } from '../../../test/support/suggestion-phone'

let h: Harness

beforeEach(async () => {
  h = createHarness()
  await h.members([
    { name: '陈思远', unit: '语文组', openid: 'chen' },
    { name: '周婷', unit: '数学组', openid: 'zhou' }
  ])
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'zhou')
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('leads from the 表彰 of 号码有奖征集 to 认领奖品', async () => {
  // a token as 陈思远, the anonymous path, then its 17:00 batch goes on the board
  const won = await submitAs(h, 'chen', '建议复印室加一台复印机。', '教学')
  await publishBatchOf(h, won.publishesAt)
  // November's prizes open once it has closed in Beijing
  h.setNow('2026-12-01T02:00:00.000Z')
  setRoute({ id: (await h.ok<{ noticeId: string }>('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: won.number, prize: '三等奖' }] })).noticeId })
  render(<NoticeDetail />)
  fireEvent.click(await screen.findByText('我中奖了，去认领'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/suggestion-claim/index' })
})

it('offers no claim on an ordinary notice', async () => {
  setRoute({ id: (await h.ok<{ id: string }>('notice', CHAIR, { action: 'publish', title: '体检通知', body: '周五上午体检。', category: 'notice' })).id })
  render(<NoticeDetail />)
  expect(await screen.findByText('周五上午体检。')).toBeTruthy()
  expect(screen.queryByText('我中奖了，去认领')).toBeNull()
})
