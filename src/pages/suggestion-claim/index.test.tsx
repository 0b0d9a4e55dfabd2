import { fireEvent, render, screen } from '@testing-library/react'
import { CHAIR, createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../config'
import SuggestionClaim from './index'
import { publishBatchOf, submitAs } from '../../../test/support/suggestion-phone'

let h: Harness

beforeEach(async () => {
  h = createHarness()
  await h.members([
    { name: '陈思远', unit: '语文组', openid: 'chen' },
    { name: '周婷', unit: '数学组', openid: 'zhou' }
  ])
  global.fetch = fetchFromCloud(h.cloud)
})

afterEach(() => localStorage.clear())

it('claims with a number and claim code typed by hand on a phone that never held them', async () => {
  // a token as 陈思远, the anonymous path, then its 17:00 batch goes on the board
  const mine = await submitAs(h, 'chen', '建议教工停车场晚上加装照明。', '后勤')
  await publishBatchOf(h, mine.publishesAt)
  // November's prizes open once it has closed in Beijing
  h.setNow('2026-12-01T02:00:00.000Z')
  await h.ok('suggestion', CHAIR, { action: 'award', month: '2026-11', winners: [{ number: mine.number, prize: '二等奖' }] })
  localStorage.setItem(OPENID_KEY, 'zhou')
  render(<SuggestionClaim />)
  fireEvent.input(await screen.findByPlaceholderText('例如 2611-K7Q3'), { target: { value: mine.number.toLowerCase() } })
  fireEvent.input(screen.getByPlaceholderText('提交建议时显示的 8 位领奖码'), { target: { value: mine.claimCode } })
  fireEvent.click(screen.getByText('认领'))
  expect(await screen.findByText(`${mine.number} · 二等奖`)).toBeTruthy()
})

it('asks an unbound phone to bind before anything is typed', async () => {
  localStorage.setItem(OPENID_KEY, 'new-phone')
  render(<SuggestionClaim />)
  expect(await screen.findByText('去绑定')).toBeTruthy()
  expect(screen.getByText('绑定后认领奖品')).toBeTruthy()
  expect(document.querySelector('input')).toBeNull()
})
