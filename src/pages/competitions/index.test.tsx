import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { createHarness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { OPENID_KEY } from '../../config'
import Competitions from './index'

beforeEach(() => {
  global.fetch = fetchFromCloud(createHarness().cloud)
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('shows an unbound phone 去绑定 instead of 重试', async () => {
  localStorage.setItem(OPENID_KEY, 'new-phone')
  render(<Competitions />)
  fireEvent.click(await screen.findByText('去绑定'))
  expect(screen.queryByText('重试')).toBeNull()
  expect(screen.queryByText('请先用邀请码绑定会员身份')).toBeNull()
  // rendered alone it has no route of its own: 绑定 then returns to 我的
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/bind/index' })
})
