import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import CompetitionBracket from './index'

let h: Harness
let eventId: string

beforeEach(async () => {
  h = createHarness()
  await h.members([{ name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' }])
  const comp = await h.ok('competition', CHAIR, { action: 'create', title: '秋季运动会', units: ['语文组', '数学组', '英语组', '体育组'] })
  const ev = await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: '气排球', kind: 'judged', team: true })
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

const matchOf = (label: string) => screen.getByText(new RegExp(`^${label}`), { selector: '.bracket__label' }).closest('.bracket__match') as HTMLElement

it('draws a knockout, records the semi-finals and shows who reaches the final', async () => {
  render(<CompetitionBracket />)
  fireEvent.click(await screen.findByText('生成对阵表'))
  expect(await screen.findByText('半决赛 1')).toBeTruthy()
  // the final waits for its teams, in words
  expect(within(matchOf('决赛')).getByText('半决赛 1 胜者')).toBeTruthy()
  for (const [label, a, b] of [
    ['半决赛 1', '25', '18'],
    ['半决赛 2', '12', '25']
  ]) {
    fireEvent.click(within(matchOf(label)).getByText('录入比分'))
    const inputs = document.querySelectorAll('.comp-bracket__nums input')
    fireEvent.input(inputs[0], { target: { value: a } })
    fireEvent.input(inputs[1], { target: { value: b } })
    await act(async () => {
      fireEvent.click(screen.getByText('保存比分'))
    })
    expect(await within(matchOf(label)).findByText(`${a} : ${b}`)).toBeTruthy()
  }
  // seeds 1 v 4 and 2 v 3: 语文组 beat 体育组, 英语组 beat 数学组
  const final = matchOf('决赛')
  expect(within(final).getByText('语文组')).toBeTruthy()
  expect(within(final).getByText('英语组')).toBeTruthy()
  expect(within(final).getByText('录入比分')).toBeTruthy()
})

it('a knockout draw is refused with the reason', async () => {
  await h.ok('competition', 'officer', { action: 'bracket', eventId, format: 'knockout' })
  render(<CompetitionBracket />)
  fireEvent.click(within(await waitMatch('半决赛 1')).getByText('录入比分'))
  const inputs = document.querySelectorAll('.comp-bracket__nums input')
  fireEvent.input(inputs[0], { target: { value: '20' } })
  fireEvent.input(inputs[1], { target: { value: '20' } })
  await act(async () => {
    fireEvent.click(screen.getByText('保存比分'))
  })
  expect(await screen.findByText('淘汰赛必须分出胜负，请录入加时或点球后的比分')).toBeTruthy()
})

async function waitMatch(label: string) {
  await screen.findByText(label)
  return matchOf(label)
}
