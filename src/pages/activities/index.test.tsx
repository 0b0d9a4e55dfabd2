import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageHarness } from '../../../test/support/page-harness'
import { OPENID_KEY } from '../../config'
import Activities from './index'

// an empty union: the phone is bound to no member
pageHarness()

it('shows an unbound phone 去绑定 instead of 重试, and 绑定 comes back to 活动', async () => {
  localStorage.setItem(OPENID_KEY, 'new-phone')
  render(<Activities />)
  fireEvent.click(await screen.findByText('去绑定'))
  expect(screen.getByText('绑定后报名活动')).toBeTruthy()
  expect(screen.queryByText('重试')).toBeNull()
  expect(screen.queryByText('请先用邀请码绑定会员身份')).toBeNull()
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/bind/index?back=%2Fpages%2Factivities%2Findex' })
})
