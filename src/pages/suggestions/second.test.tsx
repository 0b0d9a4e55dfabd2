import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { Harness } from '../../../test/support/harness'
import { suggestionPageHarness } from '../../../test/support/page-harness'
import { publishBatchOf, submitAs } from '../../../test/support/suggestion-phone'
import { OPENID_KEY } from '../../config'
import Suggestions from './index'

jest.setTimeout(60_000)

const harness = suggestionPageHarness()
let h: Harness

beforeEach(() => {
  h = harness()
})

it('lets a member 附议 a suggestion once: the count goes up, the phone shows 已附议, another phone sees the count and its own button', async () => {
  const r = await submitAs(h, 'chen', '建议教工食堂周五增加面食窗口。', '后勤')
  await publishBatchOf(h, r.publishesAt)
  localStorage.setItem(OPENID_KEY, 'zhou')
  render(<Suggestions />)
  expect(await screen.findByText('附议 0')).toBeTruthy()
  fireEvent.click(await screen.findByText('附议'))
  expect(await screen.findByText('已附议')).toBeTruthy()
  await waitFor(() => expect(screen.getByText('附议 1')).toBeTruthy())
  expect(screen.queryByText('附议')).toBeNull()
  cleanup()

  // the author's phone: the server cannot tell it wrote this one, so it may 附议 too
  localStorage.setItem(OPENID_KEY, 'chen')
  render(<Suggestions />)
  expect(await screen.findByText('附议 1')).toBeTruthy()
  expect(screen.queryByText('已附议')).toBeNull()
  expect(screen.getByText('附议')).toBeTruthy()
})
