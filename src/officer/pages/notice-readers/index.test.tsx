import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import readXlsxFile from 'read-excel-file/node'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import NoticeReaders from './index'

let h: Harness
let people: SeededMember[]

beforeEach(async () => {
  h = createHarness()
  people = await h.members([
    { name: '陈思远', unit: '语文组' },
    { name: '刘芳', unit: '语文组' },
    { name: '赵敏', unit: '语文组' },
    { name: '周婷', unit: '数学组' },
    { name: '吴老师', unit: '数学组', openid: null }
  ])
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, CHAIR)
  const n = await h.ok<{ id: string }>('notice', CHAIR, { action: 'publish', title: '体检通知', body: '周五上午体检。', category: 'notice' })
  await h.ok('notice', people[0].openid!, { action: 'get', id: n.id })
  await h.ok('member', people[1].openid!, { action: 'subscribe', templateKey: 'notice', accepted: true })
  setRoute({ id: n.id })
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('copies the unread names by unit, ready for the staff group', async () => {
  const copy = jest.spyOn(Taro, 'setClipboardData').mockImplementation(() => Promise.resolve() as never)
  render(<NoticeReaders />)
  fireEvent.click(await screen.findByText('复制未读名单（按部门）'))
  expect(copy).toHaveBeenCalledWith({ data: ['【工会通知】“体检通知”还有 4 人未读：', '数学组（2 人）：吴老师、周婷', '语文组（2 人）：刘芳、赵敏', '请抽空打开工会助手查看，谢谢！'].join('\n') })
})

it('exports the same unread names as an Excel file the phone downloads, by unit then name', async () => {
  const clicked: { href: string; download: string }[] = []
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download })
  })
  render(<NoticeReaders />)
  fireEvent.click(await screen.findByText('导出未读名单（Excel）'))
  await waitFor(() => expect(clicked).toHaveLength(1))
  expect(clicked[0].download).toBe('体检通知-未读名单.xlsx')
  const file = join(h.cloud.filesDir, ...decodeURIComponent(clicked[0].href.slice('/_local/files/'.length)).split('/'))
  expect(await readXlsxFile(readFileSync(file))).toEqual([
    ['部门', '姓名'],
    ['数学组', '吴老师'],
    ['数学组', '周婷'],
    ['语文组', '刘芳'],
    ['语文组', '赵敏']
  ])
})

it('says after 提醒未读 who was reminded and who could not be, and why', async () => {
  render(<NoticeReaders />)
  fireEvent.click(await screen.findByText('提醒未读（4 人）'))
  const card = within((await screen.findByText('提醒结果')).closest('.card') as HTMLElement)
  expect(card.getByText('已提醒 1 人')).toBeTruthy()
  expect(card.getByText('刘芳')).toBeTruthy()
  expect(card.getByText('没有订阅提醒 2 人')).toBeTruthy()
  expect(card.getByText('周婷、赵敏')).toBeTruthy()
  expect(card.getByText('还没绑定手机 1 人')).toBeTruthy()
  expect(card.getByText('吴老师')).toBeTruthy()
  expect(h.cloud.outbox.map((o) => o.touser)).toEqual([people[1].openid])
})
