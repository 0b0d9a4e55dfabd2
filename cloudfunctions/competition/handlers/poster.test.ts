import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sizeOf, textOf } from '../../_shared/image'
import { readQr } from '../../_shared/image/read-qr'
import { fixture, MEMBER, OFFICER } from '../test-fixture'

describe('competition poster', () => {
  it('is a 750×1334 PNG whose QR opens the live board, listing the events and units', async () => {
    const f = await fixture()
    await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
    await f.addEvent({ name: '跳绳', kind: 'measured', measure: 'count' })
    const out = await f.h.ok('competition', OFFICER, { action: 'poster', competitionId: f.competitionId })
    const png = readFileSync(join(f.h.cloud.filesDir, ...decodeURIComponent(out.url.replace('/_local/files/', '')).split('/')))
    expect(sizeOf(png)).toEqual({ width: 750, height: 1334 })
    expect(readQr(png)).toBe(`pages/competition-board/index?id=${f.competitionId}`)
    // the harness's clock stands still, so both were set up at the same instant: either order
    expect(textOf(png).Description).toMatch(/项目 共 2 项：(100米、跳绳|跳绳、100米)/)
    expect(textOf(png).Description).toContain('参赛 4 个部门')
  })

  it('is for officers', async () => {
    const f = await fixture()
    const r = await f.h.call('competition', MEMBER, { action: 'poster', competitionId: f.competitionId })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
