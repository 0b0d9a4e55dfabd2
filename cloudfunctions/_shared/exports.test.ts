import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { base, kit } from '../activity/testing'
import { safeFileName } from './exports'

describe('exports', () => {
  it('names files safely: no paths, no control or shell characters, at most 60 characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc_passwd')
    expect(safeFileName('周末登山 <2026>: 报名表?.xlsx')).toBe('周末登山_2026_报名表.xlsx')
    expect(safeFileName('.xlsx')).toBe('导出.xlsx')
    expect(safeFileName(`${'长'.repeat(100)}.xlsx`)).toHaveLength(60)
  })

  it('keeps an export under the day’s folder for a day, then the cleanup timer removes it', async () => {
    const { h, people, create, signup } = await kit(1)
    const id = await create({ title: '周末/登山' })
    await signup(people[0], id)
    const out = await h.ok('activity', 'officer', { action: 'export', id })
    expect(out.fileName).toBe('周末_登山-报名表.xlsx')
    expect(out.url).toMatch(/^\/_local\/files\/exports\/2026-11-24\/[0-9a-f]{12}-/)
    const file = join(h.cloud.filesDir, ...decodeURIComponent(out.url.slice('/_local/files/'.length)).split('/'))
    expect(existsSync(file)).toBe(true)
    expect(await h.cloud.fireTimer('member', 'cleanExports')).toMatchObject({ ok: true, data: { removed: 0 } })
    h.setNow('2026-11-25T03:00:00.000Z')
    expect(await h.cloud.fireTimer('member', 'cleanExports')).toMatchObject({ ok: true, data: { removed: 1 } })
    expect(existsSync(file)).toBe(false)
    expect(base.title).toBe('周末登山')
  })
})
