import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CHAIR, createHarness, type Harness } from '../../../../test/support/harness'
import { fetchFromCloud } from '../../../../test/support/fetch-cloud'
import { setRoute } from '../../../../test/support/taro-h5'
import { OPENID_KEY } from '../../../config'
import GreetingTemplate from './index'

let h: Harness

beforeEach(() => {
  setRoute({ occasion: 'teachers-day' })
  h = createHarness()
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, CHAIR)
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve() as never)
  jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve() as never)
})

afterEach(() => {
  jest.restoreAllMocks()
  localStorage.clear()
})

// Textarea is Taro's web component here: it reports typing as an input event carrying detail.value
const typeText = (value: string) => act(() => void document.querySelector('.gtpl-edit__input')!.dispatchEvent(new CustomEvent('input', { detail: { value } })))

it('previews the draft as a card, then saves it', async () => {
  render(<GreetingTemplate />)
  expect(await screen.findByText('教师节 · 教师节快乐')).toBeTruthy()
  typeText('{name}老师，{occasion}快乐！')
  fireEvent.click(screen.getByText('预览'))
  expect(await screen.findByText('张三老师，教师节快乐！')).toBeTruthy()
  fireEvent.click(screen.getByText('保存'))
  // back once the server has saved it (a fixed 50 ms wait lost that race on a busy machine)
  await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled())
  const { items } = await h.ok<{ items: { occasion: string; text: string }[] }>('greeting', CHAIR, { action: 'templates' })
  expect(items.find((t) => t.occasion === 'teachers-day')!.text).toBe('{name}老师，{occasion}快乐！')
})

it('says which placeholder it does not know, and saves nothing', async () => {
  render(<GreetingTemplate />)
  await screen.findByText('教师节 · 教师节快乐')
  const before = await h.snapshot()
  typeText('祝{nmae}节日快乐')
  fireEvent.click(screen.getByText('保存'))
  expect(await screen.findByText(/不认识的占位符 \{nmae\}/)).toBeTruthy()
  expect(Taro.navigateBack).not.toHaveBeenCalled()
  expect(await h.snapshot()).toBe(before)
})
