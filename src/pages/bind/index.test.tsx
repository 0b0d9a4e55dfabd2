import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { setRoute } from '../../../test/support/taro-h5'
import { OPENID_KEY } from '../../config'
import Bind from './index'

let h: Harness
let code: string

beforeEach(async () => {
  h = createHarness()
  const [m] = await h.members([{ name: '陈思远', unit: '语文组', openid: null }])
  code = m.inviteCode
  // the real member function over a real store; only the network is stood in for
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'new-phone')
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as never)
  setRoute({})
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const typeCode = (value: string) => fireEvent.input(screen.getByPlaceholderText('例如 K7M2Q9XA'), { target: { value } })

it('says the code is wrong and stays put when it matches nobody', async () => {
  render(<Bind />)
  typeCode('ABCDEFGH')
  fireEvent.click(screen.getByText('绑定'))
  expect(await screen.findByText('邀请码不正确，请核对后再试')).toBeTruthy()
  expect(Taro.switchTab).not.toHaveBeenCalled()
})

it('binds with a good code, greets the member by name and goes to 我的', async () => {
  render(<Bind />)
  typeCode(code.toLowerCase())
  fireEvent.click(screen.getByText('绑定'))
  expect(await screen.findByText('绑定成功，欢迎你，陈思远')).toBeTruthy()
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
  const me = await h.ok<{ member: { name: string } }>('member', 'new-phone', { action: 'me' })
  expect(me.member.name).toBe('陈思远')
})

it('offers 我的 when this WeChat is already bound', async () => {
  await h.members([{ name: '周婷', unit: '数学组', openid: 'new-phone' }])
  render(<Bind />)
  typeCode(code)
  fireEvent.click(screen.getByText('绑定'))
  expect(await screen.findByText('此微信已绑定会员「周婷」')).toBeTruthy()
  fireEvent.click(screen.getByText('去“我的”看看 ›'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
})

it('goes back to the tab page that asked, by switchTab', async () => {
  setRoute({ back: encodeURIComponent('/pages/suggestions/index') })
  render(<Bind />)
  typeCode(code)
  fireEvent.click(screen.getByText('绑定'))
  expect(await screen.findByText('绑定成功，欢迎你，陈思远')).toBeTruthy()
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/suggestions/index' })
})

it('opens the page that asked again, with its query, in place of 绑定', async () => {
  setRoute({ back: encodeURIComponent('/pages/activity-detail/index?id=a1') })
  render(<Bind />)
  typeCode(code)
  fireEvent.click(screen.getByText('绑定'))
  expect(await screen.findByText('绑定成功，欢迎你，陈思远')).toBeTruthy()
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/activity-detail/index?id=a1' })
  expect(Taro.switchTab).not.toHaveBeenCalled()
})

it('ignores a back that is not one of its pages', async () => {
  setRoute({ back: encodeURIComponent('https://example.com/') })
  render(<Bind />)
  typeCode(code)
  fireEvent.click(screen.getByText('绑定'))
  expect(await screen.findByText('绑定成功，欢迎你，陈思远')).toBeTruthy()
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
})

it('names the characters a code cannot contain, and sends nobody anywhere', async () => {
  render(<Bind />)
  typeCode('wrong123')
  fireEvent.click(screen.getByText('绑定'))
  expect(await screen.findByText('邀请码是 8 位字母和数字，不含 0、O、1、I、L；你输入的“WRONG123”含有 O 和 1')).toBeTruthy()
  expect(Taro.switchTab).not.toHaveBeenCalled()
})
