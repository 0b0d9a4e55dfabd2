import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Ballot } from '../../../../types/ballot'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import CreateBallot from './index'

jest.setTimeout(60_000)

let h: Harness

beforeEach(async () => {
  h = createHarness()
  global.fetch = fetchFromCloud(h.cloud)
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
  localStorage.setItem(OPENID_KEY, CHAIR)
  setRoute({})
})

afterEach(async () => {
  localStorage.clear()
  jest.restoreAllMocks()
  await h.cloud.close()
})

it('the chair weights a rating by rater groups, one by tag and one by unit, everyone else counting once', async () => {
  render(<CreateBallot />)
  fireEvent.click(await screen.findByText('民主评议'))
  fireEvent.input(screen.getByPlaceholderText('如：2027 年度工会经费预算'), { target: { value: '2026 年度中层干部述职评议' } })
  const subjects = await waitFor(() => document.querySelectorAll('textarea')[1] ?? Promise.reject(new Error('no textarea yet')))
  fireEvent.input(subjects, { target: { value: '刘校长\n王主任' } })
  fireEvent.click(screen.getByText('添加评议组'))
  expect(screen.getByDisplayValue('教代会代表')).toBeTruthy()
  fireEvent.click(screen.getByText('添加评议组'))
  // a group left without its tag or unit is caught before sending, naming which one
  fireEvent.click(screen.getByText('发起投票'))
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '请填写第 2 个评议组的标签或部门' })))
  fireEvent.click(screen.getAllByText('按部门')[1])
  fireEvent.input(screen.getByPlaceholderText('部门，用顿号分隔：语文组、数学组'), { target: { value: '行政处、后勤处' } })
  fireEvent.input(screen.getAllByDisplayValue('2')[1], { target: { value: '1.5' } })
  fireEvent.click(screen.getByText('发起投票'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  const { items } = await h.ok<{ items: Ballot[] }>('ballot', CHAIR, { action: 'list' })
  expect(items[0]).toMatchObject({ kind: 'rating', subjects: ['刘校长', '王主任'] })
  expect(items[0].raterGroups).toEqual([
    { name: '教代会代表', tags: ['教代会代表'], weight: 2 },
    { name: '行政处、后勤处', units: ['行政处', '后勤处'], weight: 1.5 },
    { name: '其他教职工', weight: 1 }
  ])
})
