/** The local cloud's HTTP contract (DESIGN.md, "The local cloud") with the member function through it. */
import { CHAIR } from '../support/harness'
import { startHttpCloud, type HttpCloud } from '../support/http'

let c: HttpCloud
beforeAll(async () => {
  c = await startHttpCloud()
})
afterAll(() => c.close())

const row = (name: string, unit = '语文组') => ({ name, unit, gender: 'M' })

it('answers health once ready', async () => {
  const res = await fetch(`${c.url}/_local/health`)
  expect(await res.json()).toEqual({ ok: true })
})

it('imports, binds and answers me through POST /fn/member with X-WX-OPENID', async () => {
  const imported = await c.post('member', CHAIR, { action: 'import', members: [row('赵一'), row('钱二', '数学组')] })
  expect(imported.body.ok).toBe(true)
  const code = imported.body.data.created[0].inviteCode
  const bound = await c.post('member', 'phone-1', { action: 'bind', inviteCode: code })
  expect(bound.body).toMatchObject({ ok: true, data: { member: { name: '赵一' } } })
  const me = await c.post('member', 'phone-1', { action: 'me' })
  expect(me.body).toMatchObject({ ok: true, data: { role: 'member', member: { name: '赵一', unit: '语文组' } } })
  const stranger = await c.post('member', 'phone-2', { action: 'me' })
  expect(stranger.body).toEqual({ ok: true, data: { member: null, role: 'none' } })
})

it('answers envelopes for bad calls, never a crash or a stack', async () => {
  const noJson = await c.post('member', CHAIR, '{not json', true)
  expect(noJson.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  const noOpenid = await c.post('member', null, { action: 'list' })
  expect(noOpenid.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  const unknownAction = await c.post('member', CHAIR, { action: 'explode' })
  expect(unknownAction.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  const arrayBody = await c.post('member', CHAIR, [1, 2])
  expect(arrayBody.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  const unknownFn = await c.post('nothing', CHAIR, { action: 'me' })
  expect(unknownFn.status).toBe(404)
  expect(unknownFn.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  const wrongField = await c.post('member', CHAIR, { action: 'setRole', memberId: { $ne: null }, role: 'chair' })
  expect(wrongField.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  expect(wrongField.body.error.message).toMatch(/成员/)
  for (const r of [noJson, noOpenid, unknownAction, arrayBody, wrongField]) expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts|Error:/)
})

it('sets and releases the clock handlers see', async () => {
  const set = await fetch(`${c.url}/_local/clock`, { method: 'POST', body: JSON.stringify({ now: '2027-02-06T00:30:00.000Z' }) })
  expect(await set.json()).toMatchObject({ ok: true, now: '2027-02-06T00:30:00.000Z' })
  expect(c.cloud.now().toISOString()).toBe('2027-02-06T00:30:00.000Z')
  await fetch(`${c.url}/_local/clock`, { method: 'POST', body: JSON.stringify({ now: null }) })
  expect(Math.abs(c.cloud.now().getTime() - Date.now())).toBeLessThan(5000)
  const bad = await fetch(`${c.url}/_local/clock`, { method: 'POST', body: JSON.stringify({ now: 'soon' }) })
  expect(bad.status).toBe(400)
})

it('fires a timer as the platform would, refusing one that names no trigger', async () => {
  const res = await fetch(`${c.url}/_local/timer/member/daily`, { method: 'POST' })
  expect(await res.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  const forged = await c.post('member', 'phone-1', { Type: 'Timer', TriggerName: 'daily' })
  expect(forged.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

it('shows the outbox as a list', async () => {
  const res = await fetch(`${c.url}/_local/outbox`)
  expect(Array.isArray(await res.json())).toBe(true)
})
