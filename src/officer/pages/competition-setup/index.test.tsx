import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fixture, OFFICER, OFFICER_YW } from '../../../../cloudfunctions/competition/test-fixture'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import CompetitionSetup from './index'

jest.setTimeout(60_000)

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

it('lowering an event’s per-unit limit below its entries keeps them, and the officer is told which unit is over', async () => {
  const f = await fixture({ unitLimit: 3 })
  const ev = await f.addEvent({ name: '跳绳', kind: 'measured', measure: 'count' })
  for (const name of ['陈思远', '孙浩']) await f.h.ok('competition', OFFICER_YW, { action: 'enter', eventId: ev.id, memberId: f.people[name].id })
  global.fetch = fetchFromCloud(f.h.cloud)
  const modals: { title?: string; content?: string }[] = []
  jest.spyOn(Taro, 'showModal').mockImplementation(((o: { title?: string; content?: string }) => {
    modals.push(o)
    return Promise.resolve({ confirm: true, cancel: false })
  }) as never)
  localStorage.setItem(OPENID_KEY, OFFICER)
  setRoute({ id: f.competitionId })
  render(<CompetitionSetup />)
  fireEvent.click(await screen.findByText('修改'))
  fireEvent.input(screen.getByPlaceholderText('默认'), { target: { value: '1' } })
  fireEvent.click(screen.getByText('保存修改'))
  await waitFor(() => expect(modals.map((m) => m.title)).toEqual(['保存对项目的修改？', '已保存，有部门超出新的人数']))
  expect(modals[1].content).toBe('语文组已报 2 人，超过每单位 1 人。已报的都保留，这些部门在有人退出前不能再报。')
  // the form closes and the list comes back
  expect(await screen.findByText('修改')).toBeTruthy()
  expect(screen.queryByText('保存修改')).toBeNull()
  const { items } = await f.h.ok<{ items: unknown[] }>('competition', OFFICER, { action: 'entries', eventId: ev.id })
  expect(items).toHaveLength(2)
})
