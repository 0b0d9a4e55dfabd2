import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageFixture } from '../../../../test/support/page-harness'
import { publishBatchOf, submitAs } from '../../../../test/support/suggestion-phone'
import { setRoute } from '../../../../test/support/taro-h5'
import { congressKit, type CongressKit } from '../../../../cloudfunctions/congress/testing'
import { OPENID_KEY } from '../../../config'
import ProposalForm from './index'

jest.setTimeout(90_000)

const kit = pageFixture(() => congressKit(2))
let k: CongressKit

beforeEach(() => {
  k = kit()
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as never)
})

const fill = (el: Element, value: string) => fireEvent.input(el, { target: { value } })

it('a 代表 takes up a suggestion from the box: its words become the 理由, and the proposal cites its number, nothing of who wrote it', async () => {
  const s = await submitAs(k.h, 'plain', '建议图书馆周末开放，方便教师备课', '教学')
  await publishBatchOf(k.h, s.publishesAt)
  localStorage.setItem(OPENID_KEY, 'd1')
  setRoute({ meetingId: k.meetingId })
  render(<ProposalForm />)
  fireEvent.click(await screen.findByText('从建议箱选取'))
  fireEvent.click(await screen.findByText('建议图书馆周末开放，方便教师备课'))
  expect(screen.getByText(`来自建议箱 ${s.number} 号：建议图书馆周末开放，方便教师备课`)).toBeTruthy()
  const [title] = Array.from(document.querySelectorAll('input'))
  const [reason, measures] = Array.from(document.querySelectorAll('textarea'))
  expect((reason as HTMLTextAreaElement).value).toBe('建议图书馆周末开放，方便教师备课')
  fill(title, '关于图书馆周末开放的提案')
  fill(measures, '周六上午开放，由行政值班')
  fireEvent.click(screen.getByText('提交提案'))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
  const id = new URLSearchParams(String((Taro.redirectTo as jest.Mock).mock.calls[0][0].url).split('?')[1]).get('id')
  const p = await k.ok('d1', { action: 'get', id })
  expect(p.fromSuggestion).toEqual({ number: s.number, content: '建议图书馆周末开放，方便教师备课' })
  expect(p.title).toBe('关于图书馆周末开放的提案')
})
