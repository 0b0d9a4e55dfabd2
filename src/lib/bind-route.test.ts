import Taro from '@tarojs/taro'
import { NOT_BOUND } from '../../types/common'
import { bindUrl, isNotBound, returnAfterBind, routeOf } from './bind-route'

it('knows the not-bound answer from any other FORBIDDEN', () => {
  expect(isNotBound({ code: 'FORBIDDEN', message: NOT_BOUND })).toBe(true)
  expect(isNotBound({ code: 'UNAUTHENTICATED', message: '请在微信中打开，或先切换身份' })).toBe(true)
  expect(isNotBound({ code: 'FORBIDDEN', message: '没有权限进行此操作' })).toBe(false)
  expect(isNotBound(undefined)).toBe(false)
})

it("keeps a page's own query in the way back, and drops Taro's", () => {
  expect(routeOf('/pages/activity-detail/index', { id: 'a1', $taroTimestamp: '1733050000000' })).toBe('/pages/activity-detail/index?id=a1')
  expect(routeOf('pages/notice/index?stamp=3', { id: 'n%201', stamp: '3' })).toBe('/pages/notice/index?id=n%201')
  expect(routeOf('', {})).toBeUndefined()
  expect(bindUrl('/pages/activity-detail/index?id=a1')).toBe('/pages/bind/index?back=%2Fpages%2Factivity-detail%2Findex%3Fid%3Da1')
})

it('after binding returns to a forwarded member, ballot or proposal page, and never to a forged address', () => {
  const redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as never)
  const tab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve() as never)
  returnAfterBind(encodeURIComponent('/ballot/pages/results/index?id=b1'))
  returnAfterBind('/pages/activity-detail/index?id=a1')
  returnAfterBind(encodeURIComponent('/congress/pages/proposal/index?id=p1'))
  returnAfterBind('https://example.com/pages/x')
  expect(redirect.mock.calls.map((c) => c[0])).toEqual([{ url: '/ballot/pages/results/index?id=b1' }, { url: '/pages/activity-detail/index?id=a1' }, { url: '/congress/pages/proposal/index?id=p1' }])
  expect(tab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
  jest.restoreAllMocks()
})
