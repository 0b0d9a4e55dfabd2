import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { congressKit, type CongressKit } from '../../../../cloudfunctions/congress/testing'
import { OPENID_KEY } from '../../../config'
import ProposalPage from './index'

jest.setTimeout(90_000)

let k: CongressKit
let id: string

beforeEach(async () => {
  k = await congressKit(3)
  id = (await k.propose('d1')).id
  global.fetch = fetchFromCloud(k.h.cloud)
  jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
})

afterEach(async () => {
  localStorage.clear()
  jest.restoreAllMocks()
  await k.h.cloud.close()
})

const as = (openid: string) => {
  localStorage.setItem(OPENID_KEY, openid)
  setRoute({ id })
  return render(<ProposalPage />)
}

it('another 代表 sees 我附议 and after tapping it is listed as a seconder; the proposer sees why they cannot', async () => {
  const other = as('d2')
  fireEvent.click(await screen.findByText('我附议'))
  expect(await screen.findByText('代表2（1/2）')).toBeTruthy()
  expect(screen.queryByText('我附议')).toBeNull()
  expect(screen.getByText('你已经附议过这件提案')).toBeTruthy()
  other.unmount()
  as('d1')
  expect(await screen.findByText('不能附议自己的提案')).toBeTruthy()
  expect(screen.queryByText('我附议')).toBeNull()
})

it('the committee records 立案 with a department; a plain member sees the decision and no buttons', async () => {
  await k.ok('d2', { action: 'second', id })
  await k.ok('d3', { action: 'second', id })
  const committee = as(k.who.committee)
  expect(await screen.findByText('提案委员会审查')).toBeTruthy()
  fireEvent.input(screen.getByPlaceholderText('例如：后勤处'), { target: { value: '后勤处' } })
  fireEvent.click(screen.getByText('记录审查意见'))
  // no reason yet: the server names the field, nothing is written
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('立案意见') })))
  expect((await k.ok(k.who.member, { action: 'get', id })).status).toBe('committee')
  committee.unmount()
  await k.ok(k.who.committee, { action: 'decide', id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: '2026-12-20T00:00:00.000Z' })
  as(k.who.member)
  expect(await screen.findByText('后勤处')).toBeTruthy()
  expect(screen.getByText('同意立案')).toBeTruthy()
  expect(screen.queryByText('登记答复')).toBeNull()
  expect(screen.getByText('只有工会主席和提案委员会可以登记答复')).toBeTruthy()
})

it('the proposer rates the answer 基本满意 and the page shows it', async () => {
  await k.ok('d2', { action: 'second', id })
  await k.ok('d3', { action: 'second', id })
  await k.ok(k.who.chair, { action: 'decide', id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: '2026-12-20T00:00:00.000Z' })
  await k.ok(k.who.chair, { action: 'answer', id, answer: '已增加两个窗口' })
  as('d1')
  expect(await screen.findByText('已增加两个窗口')).toBeTruthy()
  fireEvent.click(screen.getByText('基本满意'))
  expect(await screen.findByText('已评价')).toBeTruthy()
  expect(screen.getByText('基本满意')).toBeTruthy()
  expect(screen.queryByText('你对答复满意吗')).toBeNull()
})

it('the committee may leave the department and the due date 待定, and every member then reads 待定 for both', async () => {
  await k.ok('d2', { action: 'second', id })
  await k.ok('d3', { action: 'second', id })
  const committee = as(k.who.committee)
  const dueSwitch = (await screen.findByText('定下答复期限')).closest('.field')!.querySelector('taro-switch-core')!
  expect(screen.getByText('答复期限')).toBeTruthy()
  act(() => void dueSwitch.dispatchEvent(new CustomEvent('change', { detail: { value: false } })))
  expect(screen.queryByText('答复期限')).toBeNull()
  const reason = await waitFor(() => document.querySelector('.proposal textarea') ?? Promise.reject(new Error('no textarea yet')))
  fireEvent.input(reason, { target: { value: '同意立案，承办部门另行商定' } })
  fireEvent.click(screen.getByText('记录审查意见'))
  expect(await screen.findByText('登记承办部门的答复')).toBeTruthy()
  expect(Taro.showModal).not.toHaveBeenCalled()
  committee.unmount()
  expect((await k.ok(k.who.member, { action: 'get', id })).decision).toEqual({ decision: 'accepted', reason: '同意立案，承办部门另行商定', at: expect.any(String) })
  as(k.who.member)
  expect(await screen.findByText('同意立案，承办部门另行商定')).toBeTruthy()
  const line = (label: string) => screen.getByText(label).closest('.proposal__line')!.textContent
  expect(line('承办部门')).toBe('承办部门待定')
  expect(line('答复期限')).toBe('答复期限待定')
})
