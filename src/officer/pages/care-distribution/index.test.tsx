import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { CHAIR, careKit, type CareKit } from '../../../../cloudfunctions/care/testing'
import { OPENID_KEY } from '../../../config'
import CareDistribution from './index'

let k: CareKit
let asked: string[]

beforeEach(async () => {
  k = await careKit(4) // 会员1, 会员3 in 语文组; 会员2, 会员4 in 数学组
  global.fetch = fetchFromCloud(k.h.cloud)
  asked = []
  // the platform's dialog: say yes, and keep what it asked
  jest.spyOn(Taro, 'showModal').mockImplementation(((o: { title: string }) => {
    asked.push(o.title)
    return Promise.resolve({ confirm: true, cancel: false })
  }) as never)
})

afterEach(() => {
  localStorage.clear()
  jest.restoreAllMocks()
})

it('a 慰问员 sends a gift to one unit’s new teachers: the dialog says who, and only they are on the list', async () => {
  await k.h.ok('member', CHAIR, { action: 'tag', memberId: k.member(1).id, tags: ['新教师'] })
  await k.h.ok('member', CHAIR, { action: 'tag', memberId: k.member(0).id, tags: ['新教师'] })
  localStorage.setItem(OPENID_KEY, k.who.carer)
  setRoute({})
  render(<CareDistribution />)
  fireEvent.input(await screen.findByPlaceholderText('如：中秋慰问品', {}, { timeout: 5000 }), { target: { value: '新教师见面礼' } })
  fireEvent.input(screen.getByPlaceholderText('如：月饼一盒'), { target: { value: '笔记本' } })
  // the hidden tag is never offered
  expect(screen.queryByText('困难职工')).toBeNull()
  fireEvent.click(screen.getByText('选择部门'))
  fireEvent.click(screen.getByText('数学组'))
  fireEvent.click(screen.getByText('新教师'))
  expect(screen.getByText('发给：数学组中带「新教师」标签的在册会员。已离会的会员不在名单里。')).toBeTruthy()
  fireEvent.click(screen.getByText('发放'))
  expect(await screen.findByText('数学组 · 未领 1/1', {}, { timeout: 5000 })).toBeTruthy()
  expect(asked).toEqual(['发给数学组中带「新教师」标签的在册会员？'])
  expect(screen.getByText('会员2')).toBeTruthy()
  expect(screen.queryByText('会员1')).toBeNull()
  expect(screen.queryByText('语文组 · 未领 1/1')).toBeNull()
})

it('cannot send to “选择部门” with no unit chosen', async () => {
  localStorage.setItem(OPENID_KEY, k.who.chair)
  setRoute({})
  render(<CareDistribution />)
  fireEvent.input(await screen.findByPlaceholderText('如：中秋慰问品', {}, { timeout: 5000 }), { target: { value: '中秋慰问品' } })
  fireEvent.input(screen.getByPlaceholderText('如：月饼一盒'), { target: { value: '月饼' } })
  fireEvent.click(screen.getByText('选择部门'))
  fireEvent.click(screen.getByText('发放'))
  expect(asked).toEqual([])
})

it('a 慰问员 sees every unit’s list and signs for a member who has no phone', async () => {
  const [luo] = await k.h.members([{ name: '罗勇', unit: '体育组', openid: 'luo' }])
  await k.ok(k.who.chair, { action: 'distribute', title: '中秋慰问品', gift: '月饼一盒' })
  localStorage.setItem(OPENID_KEY, k.who.carer)
  setRoute({})
  render(<CareDistribution />)
  expect(await screen.findByText('体育组 · 未领 2/2', {}, { timeout: 5000 })).toBeTruthy()
  expect(screen.getByText(/^语文组 · 未领/)).toBeTruthy()
  fireEvent.click(screen.getByText(luo.name))
  expect(await screen.findByText('体育组 · 未领 1/2', {}, { timeout: 5000 })).toBeTruthy()
  expect(asked).toEqual([`为${luo.name}代签？`])
})
