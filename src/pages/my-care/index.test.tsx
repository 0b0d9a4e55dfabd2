import { fireEvent, render, screen } from '@testing-library/react'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { careKit, type CareKit } from '../../../cloudfunctions/care/testing'
import { OPENID_KEY } from '../../config'
import MyCare from './index'

let k: CareKit

beforeEach(async () => {
  k = await careKit(2)
  global.fetch = fetchFromCloud(k.h.cloud)
  localStorage.setItem(OPENID_KEY, k.member(0).openid as string)
})

afterEach(() => localStorage.clear())

it('a member confirms a festival gift on their phone, and it is counted once', async () => {
  const d = await k.ok(k.who.chair, { action: 'distribute', title: '中秋慰问品', gift: '月饼一盒' })
  await k.ok(k.who.carer, { action: 'record', memberId: k.member(0).id, occasion: 'illness', date: '2026-11-20', amount: 500, visitors: ['李慰问'] })
  render(<MyCare />)
  fireEvent.click(await screen.findByText('确认领取', {}, { timeout: 5000 }))
  expect(await screen.findByText('已领取', {}, { timeout: 5000 })).toBeTruthy()
  expect(screen.getByText('生病住院 · 2026-11-20')).toBeTruthy()
  expect(screen.getByText(/慰问金 500 元/)).toBeTruthy()
  const left = await k.ok(k.who.chair, { action: 'uncollected', distributionId: d.id })
  expect(left.distribution.collected).toBe(1)
  // a plain member is shown no way into the 慰问员's pages
  expect(screen.queryByText('送温暖工作台')).toBeNull()
})

it('an officer without the 慰问员 tag is offered no care page, since every one of them would refuse', async () => {
  localStorage.setItem(OPENID_KEY, k.who.officer)
  render(<MyCare />)
  expect(await screen.findByText('工会的关怀', {}, { timeout: 5000 })).toBeTruthy()
  expect(screen.queryByText('报告会员情况')).toBeNull()
  expect(screen.queryByText('本部门福利签收')).toBeNull()
  expect(screen.queryByText('送温暖工作台')).toBeNull()
})
