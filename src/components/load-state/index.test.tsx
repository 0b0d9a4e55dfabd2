import { fireEvent, render, screen } from '@testing-library/react'
import { NOT_BOUND } from '../../../types/common'
import { LoadState } from './index'

const state = <T,>(s: Partial<{ data: T; error: { code: 'INTERNAL'; message: string }; loading: boolean }>) => ({ data: undefined, loading: false, reload: jest.fn(), ...s })

it('says 加载中 until the first answer, then shows what loaded', () => {
  const { rerender } = render(<LoadState state={state<string>({ loading: true })}>{(d) => <span>{d}</span>}</LoadState>)
  expect(screen.getByText('加载中…')).toBeTruthy()
  rerender(<LoadState state={state({ data: '周末登山' })}>{(d) => <span>{d}</span>}</LoadState>)
  expect(screen.getByText('周末登山')).toBeTruthy()
})

it('keeps what is on screen while it reloads', () => {
  render(<LoadState state={state({ data: '周末登山', loading: true })}>{(d) => <span>{d}</span>}</LoadState>)
  expect(screen.getByText('周末登山')).toBeTruthy()
  expect(screen.queryByText('加载中…')).toBeNull()
})

it("shows the server's message and tries again on 重试", () => {
  const s = state({ error: { code: 'INTERNAL', message: '网络不通，请稍后再试' } })
  render(<LoadState state={s}>never</LoadState>)
  expect(screen.getByText('网络不通，请稍后再试')).toBeTruthy()
  fireEvent.click(screen.getByText('重试'))
  expect(s.reload).toHaveBeenCalledTimes(1)
})

it('offers 去绑定, not 重试, when the phone is bound to no member', () => {
  const s = state({ error: { code: 'FORBIDDEN', message: NOT_BOUND } as never })
  render(<LoadState state={s}>never</LoadState>)
  expect(screen.getByText('去绑定')).toBeTruthy()
  expect(screen.queryByText('重试')).toBeNull()
})
