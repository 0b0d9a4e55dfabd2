import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR } from '../../../test/support/harness'
import { pageHarness } from '../../../test/support/page-harness'
import { OPENID_KEY } from '../../config'
import Competitions from './index'

const harness = pageHarness()

it('shows an unbound phone 去绑定 instead of 重试', async () => {
  localStorage.setItem(OPENID_KEY, 'new-phone')
  render(<Competitions />)
  fireEvent.click(await screen.findByText('去绑定'))
  expect(screen.queryByText('重试')).toBeNull()
  expect(screen.queryByText('请先用邀请码绑定会员身份')).toBeNull()
  // rendered alone it has no route of its own: 绑定 then returns to 我的
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/bind/index' })
})

it('reaches past years: 全部 lists every competition, a year shows only its own', async () => {
  const h = harness()
  h.setNow('2025-05-10T02:00:00.000Z')
  await h.members([{ name: '陈思远', unit: '语文组', openid: 'member' }])
  await h.ok('competition', CHAIR, { action: 'create', title: '2025年春季运动会', units: ['语文组', '数学组'] })
  h.setNow('2026-11-24T02:00:00.000Z')
  await h.ok('competition', CHAIR, { action: 'create', title: '2026年秋季运动会', units: ['语文组', '数学组'] })
  localStorage.setItem(OPENID_KEY, 'member')
  render(<Competitions />)
  expect(await screen.findByText('2025年春季运动会')).toBeTruthy()
  expect(screen.getByText('2026年秋季运动会')).toBeTruthy()
  fireEvent.click(screen.getByText('2025年'))
  await waitFor(() => expect(screen.queryByText('2026年秋季运动会')).toBeNull())
  expect(screen.getByText('2025年的比赛')).toBeTruthy()
  expect(screen.getByText('2025年春季运动会')).toBeTruthy()
  fireEvent.click(screen.getByText('今年'))
  await waitFor(() => expect(screen.queryByText('2025年春季运动会')).toBeNull())
  expect(screen.getByText('2026年的比赛')).toBeTruthy()
  expect(screen.getByText('2026年秋季运动会')).toBeTruthy()
})
