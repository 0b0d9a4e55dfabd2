import { fireEvent, render, screen } from '@testing-library/react'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { careKit, type CareKit } from '../../../../cloudfunctions/care/testing'
import { OPENID_KEY } from '../../../config'
import CareRecord from './index'

let k: CareKit

beforeEach(async () => {
  k = await careKit(2)
  global.fetch = fetchFromCloud(k.h.cloud)
})

afterEach(() => localStorage.clear())

const input = (placeholder: string) => screen.getByPlaceholderText(placeholder)

it('shows the member’s care this year while recording, and says why a record past the cap is refused', async () => {
  await k.ok(k.who.carer, { action: 'record', memberId: k.member(0).id, occasion: 'illness', date: '2026-11-01', amount: 800 })
  localStorage.setItem(OPENID_KEY, k.who.carer)
  setRoute({ mode: 'record' })
  render(<CareRecord />)
  fireEvent.input(input('输入姓名或部门查找'), { target: { value: '会员1' } })
  fireEvent.click(await screen.findByText('会员1', {}, { timeout: 5000 }))
  expect(await screen.findByText('会员1今年已领「生病住院」800 元（1 次），上限 1000 元', {}, { timeout: 5000 })).toBeTruthy()
  expect(screen.getByText('标准 500 元，每人每年不超过 1000 元')).toBeTruthy()
  fireEvent.click(screen.getByText('登记'))
  expect(await screen.findByText(/再登记 500 元将超过每人每年 1000 元的上限/, {}, { timeout: 5000 })).toBeTruthy()
  // a 慰问员 is not offered the chair's override
  expect(screen.queryByText('超限登记')).toBeNull()
})
