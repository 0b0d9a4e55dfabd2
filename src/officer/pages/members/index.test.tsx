import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../../config'
import Members from './index'

let h: Harness
let chen: SeededMember
let liu: SeededMember
let modal: jest.SpyInstance
let answer = true

beforeEach(async () => {
  h = createHarness()
  ;[chen, liu] = await h.members([
    { name: '陈思远', unit: '语文组', openid: 'chen' },
    { name: '刘芳', unit: '数学组', openid: null }
  ])
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, CHAIR)
  answer = true
  modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: answer, cancel: !answer }) as never)
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'setClipboardData').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const settle = () => act(() => new Promise((r) => setTimeout(r, 50)))
const openMember = async (name: string) => fireEvent.click(await screen.findByText(name))
const memberDoc = async (id: string) => (await h.ok('member', CHAIR, { action: 'list', status: 'all' })).items.find((m: { id: string }) => m.id === id)

it('the chair corrects a phone number, after saying yes', async () => {
  render(<Members />)
  await openMember('陈思远')
  fireEvent.input(screen.getByPlaceholderText('11 位手机号'), { target: { value: '13912345678' } })
  answer = false
  fireEvent.click(screen.getByText('保存修改'))
  await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '保存陈思远的资料？' })))
  await settle()
  expect((await memberDoc(chen.id)).phone).toBeUndefined()
  answer = true
  fireEvent.click(screen.getByText('保存修改'))
  expect(await screen.findByText('没有修改')).toBeTruthy()
  await settle()
  expect((await memberDoc(chen.id)).phone).toBe('13912345678')
  await settle()
})

it('says which field is wrong when the server refuses', async () => {
  render(<Members />)
  await openMember('陈思远')
  fireEvent.input(screen.getByPlaceholderText('11 位手机号'), { target: { value: '139' } })
  fireEvent.click(screen.getByText('保存修改'))
  expect(await screen.findByText('手机号应为 11 位数字')).toBeTruthy()
})

it('unbinds a lost phone and shows the new code once, with 复制', async () => {
  render(<Members />)
  await openMember('陈思远')
  fireEvent.click(screen.getByText('解除绑定'))
  const fresh = await screen.findByText(/新邀请码（旧的已失效）/)
  await settle()
  const code = (await memberDoc(chen.id)).inviteCode as string
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
  const box = fresh.parentElement as HTMLElement
  expect(within(box).getByText(code)).toBeTruthy()
  fireEvent.click(within(box).getByText('复制'))
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: code })
  expect(await h.ok('member', 'chen', { action: 'me' })).toMatchObject({ member: null })
  expect(screen.getByText('重置邀请码')).toBeTruthy()
  await settle()
})

it('resets an unused invite code: the old one stops working', async () => {
  render(<Members />)
  await openMember('刘芳')
  fireEvent.click(screen.getByText('重置邀请码'))
  await screen.findByText(/新邀请码（旧的已失效）/)
  await settle()
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '重置邀请码？', content: expect.stringContaining(liu.inviteCode) }))
  expect(await h.call('member', 'new-phone', { action: 'bind', inviteCode: liu.inviteCode })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  await settle()
})

it('deactivates with a reason, lists them under 已停用 with a tag, and reactivates', async () => {
  render(<Members />)
  await openMember('陈思远')
  fireEvent.click(screen.getByText('调离本校'))
  fireEvent.click(screen.getByText('停用会员'))
  expect(await screen.findByText(/已停用：调离本校/)).toBeTruthy()
  await settle()
  fireEvent.click(screen.getByText('‹ 返回名单'))
  await settle()
  expect(screen.queryByText('陈思远')).toBeNull()
  fireEvent.click(screen.getByText('已停用', { selector: '.tabs__item' }))
  await settle()
  expect(await screen.findByText('陈思远')).toBeTruthy()
  expect(screen.getByText('已停用', { selector: '.tag' })).toBeTruthy()
  await openMember('陈思远')
  fireEvent.click(screen.getByText('恢复会员'))
  expect(await screen.findByText('停用会员')).toBeTruthy()
  await settle()
  expect((await memberDoc(chen.id)).inactive).toBeUndefined()
  await settle()
})

it('searches by name', async () => {
  render(<Members />)
  await screen.findByText('陈思远')
  fireEvent.input(screen.getByPlaceholderText('搜索姓名或部门'), { target: { value: '刘' } })
  // the search is the server's: wait for its answer, however busy the machine
  await waitFor(() => expect(screen.queryByText('陈思远')).toBeNull())
  expect(screen.getByText('刘芳')).toBeTruthy()
})
