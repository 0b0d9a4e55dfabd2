import { fireEvent, render, screen } from '@testing-library/react'
import { createHarness, type Harness } from '../../../test/support/harness'
import { fetchFromCloud } from '../../../test/support/fetch-cloud'
import { setRoute } from '../../../test/support/taro-h5'
import { OPENID_KEY } from '../../config'
import ActivityDetail from './index'

let h: Harness
let activityId: string
let competitionId: string

beforeEach(async () => {
  // 10:00 on 24 Nov 2026 in Shanghai
  h = createHarness()
  await h.members([
    { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' },
    { name: '李晓梅', unit: '语文组', gender: 'F', role: 'officer', openid: 'yw' },
    { name: '孙浩', unit: '语文组', gender: 'M', openid: 'sun' }
  ])
  global.fetch = fetchFromCloud(h.cloud)
  competitionId = (await h.ok<{ id: string }>('competition', 'officer', { action: 'create', title: '秋季运动会', units: ['语文组', '体育组'], personLimit: 1 })).id
  for (const e of [
    { name: '100米', kind: 'timed', category: '男子' },
    { name: '跳远', kind: 'measured' },
    { name: '800米', kind: 'timed', category: '女子' },
    { name: '拔河', kind: 'measured', team: true }
  ])
    await h.ok('competition', 'officer', { action: 'addEvent', competitionId, ...e })
  activityId = (
    await h.ok<{ id: string }>('activity', 'officer', {
      action: 'create',
      title: '秋季运动会报名',
      startAt: '2026-12-01T01:00:00.000Z',
      signupClosesAt: '2026-11-30T10:00:00.000Z',
      competitionId
    })
  ).id
})

afterEach(() => localStorage.clear())

const chip = (name: string) => screen.getAllByText(name, { exact: false }).find((el) => el.classList.contains('event-choice__chip')) as HTMLElement

it('the sign-up asks 参赛项目 within the person limit, and the member then sees each waiting for the unit officer', async () => {
  localStorage.setItem(OPENID_KEY, 'sun')
  setRoute({ id: activityId })
  render(<ActivityDetail />)
  expect(await screen.findByText('参赛项目')).toBeTruthy()
  // the server's reason a women's event is not his, and the limit in words
  expect(screen.getByText('女子800米只限女会员报名')).toBeTruthy()
  expect(screen.getByText(/每人最多报 1 个个人项目/)).toBeTruthy()
  fireEvent.click(chip('800米'))
  expect(chip('800米').classList.contains('chip--on')).toBe(false)
  fireEvent.click(chip('100米'))
  // one individual event is the limit: a second waits, the team event does not count
  fireEvent.click(chip('跳远'))
  expect(chip('跳远').classList.contains('chip--on')).toBe(false)
  expect(screen.getByText(/已选满 1 个个人项目/)).toBeTruthy()
  fireEvent.click(chip('拔河'))
  expect(chip('拔河').classList.contains('chip--on')).toBe(true)
  fireEvent.click(document.querySelector('.signup-form__submit') as Element)
  expect(await screen.findByText('我的参赛项目')).toBeTruthy()
  expect(screen.getAllByText('待审核')).toHaveLength(2)
  expect(screen.getAllByText('等待语文组的委员审核，通过后即计入名额')).toHaveLength(2)
  // the unit's officer has the requests the sign-up made
  const { events } = await h.ok<{ events: { id: string; name: string }[] }>('competition', 'yw', { action: 'get', competitionId })
  const run = events.find((e) => e.name === '100米')?.id
  const { items } = await h.ok<{ items: { name: string; status: string }[] }>('competition', 'yw', { action: 'entryRequests', eventId: run })
  expect(items).toEqual([expect.objectContaining({ name: '孙浩', status: 'pending' })])
})
