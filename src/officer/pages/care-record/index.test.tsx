import { fireEvent, render, screen, waitFor } from '@testing-library/react'
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

it('shows the member’s care this year while recording, says why a record past the cap is refused, and lets the 慰问员 record it with a reason', async () => {
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
  // whoever may record may go past the cap with a reason, which stays on the record with their name
  fireEvent.input(input('如：二次手术，经委员会研究同意'), { target: { value: '二次手术' } })
  fireEvent.click(screen.getByText('超限登记'))
  await waitFor(async () => expect((await k.ok(k.who.chair, { action: 'list', memberId: k.member(0).id })).items).toHaveLength(2), { timeout: 5000 })
  const { items } = await k.ok(k.who.chair, { action: 'list', memberId: k.member(0).id })
  expect(items.find((r: { override?: unknown }) => r.override)).toMatchObject({ amount: 500, override: { reason: '二次手术', by: '李慰问' } })
})
