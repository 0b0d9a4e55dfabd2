import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { congressKit, HELD, type CongressKit } from '../../../../cloudfunctions/congress/testing'
import { OPENID_KEY } from '../../../config'
import MeetingPage from './index'

jest.setTimeout(90_000)

let k: CongressKit
let agendaId: string

beforeEach(async () => {
  k = await congressKit(3)
  const agenda = await k.h.ok('notice', k.who.chair, {
    action: 'publish',
    title: '大会议程',
    body: '一、主席致辞；二、审议提案工作报告。',
    category: 'notice',
    audience: { tags: ['教代会代表'] },
    meetingId: k.meetingId
  })
  agendaId = agenda.id
  global.fetch = fetchFromCloud(k.h.cloud)
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
})

afterEach(async () => {
  localStorage.clear()
  jest.restoreAllMocks()
  await k.h.cloud.close()
})

const as = (openid: string) => {
  localStorage.setItem(OPENID_KEY, openid)
  setRoute({ id: k.meetingId })
  return render(<MeetingPage />)
}

/** The 会议文件 card, by its heading. */
const docsCard = async () => (await screen.findByText('会议文件')).closest('.card') as HTMLElement

it('a 代表 sees the meeting’s documents with their date and 未读, and a tap opens the notice page; once read it says 已读', async () => {
  const page = as('d1')
  const card = within(await docsCard())
  expect(card.getByText('大会议程')).toBeTruthy()
  expect(card.getByText('2026-11-24 发布')).toBeTruthy()
  expect(card.getByText('未读')).toBeTruthy()
  expect(card.queryByText('发布会议文件')).toBeNull()
  fireEvent.click(card.getByText('大会议程'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/notice/index?id=${agendaId}` })
  page.unmount()
  await k.h.ok('notice', 'd1', { action: 'get', id: agendaId })
  as('d1')
  const again = within(await docsCard())
  expect(await again.findByText('已读')).toBeTruthy()
  expect(again.queryByText('未读')).toBeNull()
})

it('a member who is no 代表 sees the meeting and its proposals but no documents and no hint of them', async () => {
  as(k.who.member)
  expect(await screen.findByText('第五届教代会第三次会议')).toBeTruthy()
  expect(await screen.findByText('还没有提案')).toBeTruthy()
  expect(screen.queryByText('会议文件')).toBeNull()
  expect(screen.queryByText('大会议程')).toBeNull()
  expect(document.body.textContent).not.toContain('会议文件')
})

it('the chair sees how many 代表 read each document and 发布会议文件 opens the publish page for this meeting', async () => {
  await k.h.ok('notice', 'd2', { action: 'get', id: agendaId })
  as(k.who.chair)
  const card = within(await docsCard())
  expect(card.getByText('已读 1/3')).toBeTruthy()
  fireEvent.click(card.getByText('发布会议文件'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/officer/pages/notice-publish/index?meetingId=${k.meetingId}` })
})

it('the attendance card says how many 代表 make two thirds, and turns to 已过三分之二 once they have checked in', async () => {
  k.h.setNow(HELD)
  const { code } = await k.ok(k.who.chair, { action: 'meeting', id: k.meetingId })
  await k.ok('d1', { action: 'checkin', meetingId: k.meetingId, code })
  const page = as(k.who.member)
  const card = async () => within((await screen.findByText('签到与出席')).closest('.card') as HTMLElement)
  expect((await (await card()).findByText(/应到代表/)).textContent).toBe('应到代表 3 人，实到 1 人，需到 2 人')
  expect((await card()).getByText('未过三分之二')).toBeTruthy()
  page.unmount()
  await k.ok('d2', { action: 'checkin', meetingId: k.meetingId, code })
  as(k.who.member)
  expect((await (await card()).findByText(/应到代表/)).textContent).toBe('应到代表 3 人，实到 2 人，需到 2 人')
  expect((await card()).getByText('已过三分之二')).toBeTruthy()
})

it('a member who is no 代表 sees a proposal still seeking 附议 in the list, with its status', async () => {
  await k.propose('d1', { title: '增设教工休息室' })
  as(k.who.member)
  expect(await screen.findByText('增设教工休息室')).toBeTruthy()
  expect(screen.getByText('寻求附议')).toBeTruthy()
  expect(screen.getByText('第 1 号 · 代表1（语文组） · 附议 0/2')).toBeTruthy()
  expect(await screen.findByText(/收到 1 件/)).toBeTruthy()
})
