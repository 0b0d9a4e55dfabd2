import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import CompetitionRecord from './index'

let h: Harness
let eventId: string

beforeEach(async () => {
  h = createHarness()
  const [, chen, sun] = await h.members([
    { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' },
    { name: '陈思远', unit: '语文组', gender: 'M' },
    { name: '孙浩', unit: '语文组', gender: 'M' }
  ])
  const comp = await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: ['语文组', '体育组'] })
  const ev = await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: '100米', kind: 'timed', category: '男子' })
  for (const m of [chen, sun]) await h.ok('competition', CHAIR, { action: 'enter', eventId: ev.id, memberId: m.id })
  eventId = ev.id
  setRoute({ eventId })
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'officer')
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

const typeValue = (value: string) => fireEvent.input(screen.getByPlaceholderText(/秒数/), { target: { value } })
const chip = (text: RegExp) => screen.getByText(text, { selector: '.chip' })

it('after saving nobody stays picked, the chip shows the result, and a correction asks first', async () => {
  const modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: false, cancel: true }) as never)
  render(<CompetitionRecord />)
  fireEvent.click(await screen.findByText('陈思远 · 语文组'))
  typeValue('12.5')
  fireEvent.click(screen.getByText('保存成绩'))
  expect(await screen.findByText('陈思远 · 语文组 ✓ 12.50秒')).toBeTruthy()
  expect(document.querySelector('.comp-record__pick .chip--on')).toBeNull()
  expect(modal).not.toHaveBeenCalled()

  // saving again for the same athlete is a correction: declined, nothing changes
  fireEvent.click(chip(/陈思远/))
  typeValue('12.3')
  fireEvent.click(screen.getByText('保存成绩'))
  await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '更正陈思远的成绩？' })))
  const { items } = await h.ok('competition', 'officer', { action: 'standings', eventId, view: 'draft' })
  expect(items.map((s: { name: string; display: string }) => [s.name, s.display])).toEqual([['陈思远', '12.50秒']])
})

it('saving with nobody picked asks for the athlete first', async () => {
  render(<CompetitionRecord />)
  await screen.findByText('陈思远 · 语文组')
  typeValue('12.5')
  fireEvent.click(screen.getByText('保存成绩'))
  expect(await screen.findByText('请先选择运动员（手动填写时请选择单位）')).toBeTruthy()
  expect(screen.queryByText('请填写单位')).toBeNull()
})
