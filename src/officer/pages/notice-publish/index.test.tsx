import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageFixture } from '../../../../test/support/page-harness'
import { setRoute } from '../../../../test/support/taro-h5'
import { congressKit, type CongressKit } from '../../../../cloudfunctions/congress/testing'
import { OPENID_KEY } from '../../../config'
import NoticePublish from './index'

jest.setTimeout(90_000)

const kit = pageFixture(() => congressKit(2))
let k: CongressKit

beforeEach(() => {
  k = kit()
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as never)
})

it('from a meeting, 发布会议文件 is preset to the 代表 and files the notice under that meeting', async () => {
  localStorage.setItem(OPENID_KEY, k.who.chair)
  setRoute({ meetingId: k.meetingId })
  render(<NoticePublish />)
  expect(await screen.findByText('会议文件：第五届教代会第三次会议。发布后列在会议页面，只有发送对象能看到。')).toBeTruthy()
  fireEvent.input(screen.getByPlaceholderText('例如：关于组织会员体检的通知'), { target: { value: '大会议程' } })
  // the textarea inside Taro's H5 Textarea (the outer element carries the placeholder but no value)
  const body = await waitFor(() => {
    const t = document.querySelector('textarea')
    if (!t) throw new Error('no textarea yet')
    return t
  })
  fireEvent.input(body, { target: { value: '一、主席致辞；二、审议提案工作报告。' } })
  fireEvent.click(screen.getByText('预览'))
  // the preview names who it goes to: the 代表, preset
  expect(await screen.findByText('教代会代表', { exact: false })).toBeTruthy()
  fireEvent.click(screen.getByText('确认发布'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  const d1 = await k.ok('d1', { action: 'meeting', id: k.meetingId })
  expect(d1.documents.map((d: any) => d.title)).toEqual(['大会议程'])
  expect((await k.ok(k.who.member, { action: 'meeting', id: k.meetingId })).documents).toBeUndefined()
})
