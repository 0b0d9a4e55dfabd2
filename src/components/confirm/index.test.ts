import Taro from '@tarojs/taro'
import { colors } from '../../lib/theme'
import { confirm, inform } from './index'

afterEach(() => jest.restoreAllMocks())

it('asks in Chinese with the action in the theme red, and answers what was tapped', async () => {
  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never)
  expect(await confirm({ title: '撤回这条通知？', confirmText: '撤回' })).toBe(false)
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回这条通知？', confirmText: '撤回', cancelText: '取消', confirmColor: colors.red }))
})

it('tells with a single 知道了', async () => {
  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never)
  await inform({ title: '没有保存', content: '名额已满' })
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ showCancel: false, confirmText: '知道了' }))
})
