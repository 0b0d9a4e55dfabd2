import { createHarness } from '../../test/support/harness'
import { fetchFromCloud } from '../../test/support/fetch-cloud'
import { OPENID_KEY } from '../config'
import { callAction } from './cloud'

afterEach(() => localStorage.clear())

it('sends the stored identity and answers the function reply as is', async () => {
  const h = createHarness()
  await h.members([{ name: '周婷', unit: '数学组', openid: 'phone-1' }])
  global.fetch = fetchFromCloud(h.cloud)
  localStorage.setItem(OPENID_KEY, 'phone-1')
  const res = await callAction('member', 'me')
  expect(res.ok && res.data.member?.name).toBe('周婷')
})

it('answers a coded error from the function without throwing', async () => {
  global.fetch = fetchFromCloud(createHarness().cloud)
  const res = await callAction('member', 'list')
  expect(res).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请在微信中打开，或先切换身份' } })
})

it('turns a dropped network into a message a member can act on', async () => {
  global.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch
  expect(await callAction('member', 'me')).toEqual({ ok: false, error: { code: 'INTERNAL', message: '网络不通，请稍后再试' } })
})
