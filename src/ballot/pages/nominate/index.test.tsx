import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import Nominate from './index'

jest.setTimeout(60_000)

let h: Harness
let people: SeededMember[]
let roundId: string

beforeEach(async () => {
  h = createHarness({ now: '2026-11-26T02:00:00.000Z' })
  people = await h.members([
    { name: '陈思远', unit: '语文组', openid: 'chen' },
    { name: '周婷', unit: '数学组', openid: 'zhou' },
    { name: '周建华', unit: '体育组', openid: null }
  ])
  roundId = (await h.ok<{ id: string }>('ballot', CHAIR, { action: 'openNominations', title: '2026 年度师德标兵评选', honour: '师德标兵', closesAt: '2026-11-28T10:00:00.000Z' })).id
  global.fetch = fetchFromCloud(h.cloud)
  jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }) as never)
  localStorage.setItem(OPENID_KEY, 'chen')
  setRoute({ id: roundId })
})

afterEach(async () => {
  localStorage.clear()
  jest.restoreAllMocks()
  await h.cloud.close()
})

const textarea = () => waitFor(() => document.querySelector('textarea') ?? Promise.reject(new Error('no textarea yet')))

it('a member finds a colleague by name, writes the 事迹, sends it, then corrects and withdraws it', async () => {
  render(<Nominate />)
  // browsing by unit lists just that unit
  fireEvent.click(await screen.findByText('体育组'))
  await screen.findByText('周建华')
  await waitFor(() => expect(screen.queryByText('周婷')).toBeNull())
  fireEvent.click(screen.getByText('全部部门'))
  fireEvent.input(await screen.findByPlaceholderText('输入同事的姓名查找'), { target: { value: '周' } })
  await screen.findByText('周建华')
  // oneself is never offered
  expect(screen.queryByText('陈思远')).toBeNull()
  fireEvent.click(await screen.findByText('周婷'))
  fireEvent.input(await textarea(), { target: { value: '连续三年担任毕业班班主任' } })
  fireEvent.click(screen.getByText('提交推荐'))
  expect(await screen.findByText('周婷（数学组）')).toBeTruthy()
  expect(screen.getByText('连续三年担任毕业班班主任')).toBeTruthy()

  fireEvent.click(screen.getByText('修改事迹'))
  const box = (await textarea()) as HTMLTextAreaElement
  expect(box.value).toBe('连续三年担任毕业班班主任')
  fireEvent.input(box, { target: { value: '连续三年担任毕业班班主任，所带班级获市优秀班集体' } })
  fireEvent.click(screen.getByText('提交推荐'))
  expect(await screen.findByText('连续三年担任毕业班班主任，所带班级获市优秀班集体')).toBeTruthy()
  const stored = await h.ok<any>('ballot', CHAIR, { action: 'nominations', roundId })
  expect(stored.nominees).toEqual([{ memberId: people[1].id, name: '周婷', unit: '数学组', reasons: [{ by: '陈思远', reason: '连续三年担任毕业班班主任，所带班级获市优秀班集体' }] }])

  fireEvent.click(screen.getByText('撤回'))
  expect(await screen.findByText('你还没有推荐同事。')).toBeTruthy()
  expect((await h.ok<any>('ballot', CHAIR, { action: 'nominations', roundId })).nominees).toEqual([])
})

it('after the window closes the member is told so, and may no longer nominate or withdraw', async () => {
  await h.ok('ballot', 'chen', { action: 'nominate', roundId, nomineeId: people[1].id, reason: '关心青年教师' })
  h.setNow('2026-11-28T10:00:00.000Z')
  render(<Nominate />)
  expect(await screen.findByText('推荐已经截止，不能再推荐、修改或撤回。')).toBeTruthy()
  expect(await screen.findByText('关心青年教师')).toBeTruthy()
  expect(screen.queryByPlaceholderText('输入同事的姓名查找')).toBeNull()
  expect(screen.queryByText('撤回')).toBeNull()
})
