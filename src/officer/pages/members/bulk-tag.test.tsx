import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../../config'
import Members from './index'

jest.setTimeout(60_000)
let h: Harness

beforeEach(async () => {
  h = createHarness()
  await h.members([
    { name: '陈思远', unit: '语文组', openid: 'chen' },
    { name: '刘芳', unit: '数学组', openid: null },
    { name: '周婷', unit: '数学组', openid: 'zhou' }
  ])
  global.fetch = fetchFromCloud(h.cloud)
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
})

afterEach(async () => {
  jest.restoreAllMocks()
  localStorage.clear()
  await h.cloud.close()
})

it('the chair pastes a 代表 list, is told who was tagged and who was not found, and filters the roster by the tag', async () => {
  localStorage.setItem(OPENID_KEY, CHAIR)
  render(<Members />)
  fireEvent.click(await screen.findByText('批量加标签（粘贴名单）'))
  const area = await waitFor(() => {
    const el = document.querySelector('.members__bulk-names textarea, textarea.members__bulk-names')
    if (!el) throw new Error('no textarea yet')
    return el as HTMLTextAreaElement
  })
  fireEvent.input(area, { target: { value: '陈思远\n刘芳、王小明' } })
  fireEvent.click(screen.getByText('给这 3 人加上「教代会代表」'))
  expect(await screen.findByText('已为 2 人加上「教代会代表」：陈思远、刘芳')).toBeTruthy()
  expect(screen.getByText('名单里没有：王小明（请核对姓名）')).toBeTruthy()
  fireEvent.click(await screen.findByText('教代会代表', { selector: '.members__tag-filter .chip' }))
  expect(await screen.findByText('共 2 人，1 人未绑定', { exact: false })).toBeTruthy()
  expect(screen.queryByText('周婷')).toBeNull()
})

it('an officer sees no hidden tag, neither on the list nor as a filter', async () => {
  const [, , zhou] = (await h.ok('member', CHAIR, { action: 'list' })).items.sort((a: any, b: any) => a.name.localeCompare(b.name, 'zh'))
  await h.members([{ name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' }])
  await h.ok('member', CHAIR, { action: 'tag', memberId: zhou.id, tags: ['困难职工', '新教师'] })
  localStorage.setItem(OPENID_KEY, 'officer')
  render(<Members />)
  expect(await screen.findByText('新教师', { selector: '.members__tag-filter .chip' })).toBeTruthy()
  expect(screen.queryByText(/困难职工/)).toBeNull()
})
