/**
 * `npm run cloud` over an empty DATA_DIR is a first deploy (DESIGN.md, the local cloud: setup): no
 * collection exists, every call says so in Chinese, and the bootstrap chair's member.setup creates
 * them all, once; only then do the functions work.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections'
import { NOT_INITIALISED } from '../../types/common'
import { callCloud, freePort, startCloudProcess } from '../support/cloud-process'

jest.setTimeout(60_000)

const CHAIR = 'first-chair'
let dir: string
let port: number
let cloud: ChildProcess

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'first-run-'))
  port = await freePort()
  cloud = await startCloudProcess(dir, port, CHAIR, { setup: false })
})

afterAll(() => {
  cloud?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

it('answers every call with “not initialised” until the chair calls member.setup, which creates every collection once', async () => {
  expect(await callCloud(port, 'member', CHAIR, { action: 'me' })).toEqual({ ok: false, error: { code: expect.any(String), message: NOT_INITIALISED } })
  expect(await callCloud(port, 'notice', 'someone', { action: 'list' })).toMatchObject({ ok: false, error: { message: NOT_INITIALISED } })
  expect(await callCloud(port, 'member', 'someone', { action: 'setup' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

  const first = await callCloud(port, 'member', CHAIR, { action: 'setup' })
  expect(first).toEqual({ ok: true, data: { created: [...COLLECTIONS].sort(), existing: [] } })
  const again = await callCloud(port, 'member', CHAIR, { action: 'setup' })
  expect(again).toEqual({ ok: true, data: { created: [], existing: first.data.created } })

  expect(await callCloud(port, 'member', CHAIR, { action: 'me' })).toEqual({ ok: true, data: { member: null, role: 'chair' } })
  const imported = await callCloud(port, 'member', CHAIR, { action: 'import', members: [{ name: '王芳', unit: '语文组', gender: 'F' }] })
  expect(imported).toMatchObject({ ok: true, data: { created: [{ name: '王芳', id: expect.any(String), inviteCode: expect.any(String) }] } })
})
