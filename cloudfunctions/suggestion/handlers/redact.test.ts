import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHAIR, createHarness } from '../../../test/support/harness'
import { suggestionFixture } from '../../../test/support/suggestion-fixture'
import { publishBatchOf, submitAs } from '../../../test/support/suggestion-phone'

jest.setTimeout(60_000)

/** Every file under dir, byte for byte (datafiles, the transaction journal, the outbox, exported files). */
function everyByte(dir: string): string {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .map((p) => (statSync(p).isDirectory() ? everyByte(p) : readFileSync(p, 'utf8')))
    .join('\n')
}

describe('suggestion.redact: 隐去人名 before the batch goes out', () => {
  it('rewrites the text so the name is in no stored byte or log, and the board says 已隐去人名 2 处 with who and when', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suggestion-redact-'))
    try {
      const h = createHarness({ dataDir: dir, now: '2026-11-24T02:00:00.000Z' })
      const [author, reader] = await h.members([
        { name: '陈思远', unit: '语文组', openid: 'openid-chen' },
        { name: '周婷', unit: '数学组', openid: 'openid-zhou' }
      ])
      const r = await submitAs(h, author.openid as string, '总务处的钱卫东老师上课迟到，钱卫东还常常占用体育课。', '管理')
      const red = await h.ok('suggestion', CHAIR, { action: 'redact', number: r.number, names: ['钱卫东'] })
      expect(red).toEqual({ number: r.number, content: '总务处的××老师上课迟到，××还常常占用体育课。', hidden: 2, redacted: 2 })
      // a double tap is answered the same, nothing more is hidden or counted
      expect(await h.ok('suggestion', CHAIR, { action: 'redact', number: r.number, names: ['钱卫东'] })).toMatchObject({ hidden: 0, redacted: 2 })
      await publishBatchOf(h, r.publishesAt)
      h.setNow('2026-11-24T10:00:00.000Z')
      const board = await h.ok('suggestion', reader.openid as string, { action: 'board' })
      expect(board.items).toEqual([
        expect.objectContaining({ content: '总务处的××老师上课迟到，××还常常占用体育课。', redacted: 2, redactions: [{ by: expect.stringContaining('工会主席'), date: '2026-11-24', count: 2 }] })
      ])
      // nedb compacts each datafile on load (MongoDB overwrites at once): after that no byte holds the name
      await h.cloud.store.flush()
      expect(everyByte(dir)).not.toContain('钱卫东')
      expect(everyByte(dir)).toContain('××老师上课迟到')
      expect(h.cloud.logs.join('\n')).not.toContain('钱卫东')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('is for the chair and 督导员 only, before publication, and says when the name is not in the text', async () => {
    const { h, members, supervisor, officer, submit } = await suggestionFixture()
    const pending = await submitAs(h, members[0].openid as string, '李老师的课总是拖堂')
    expect(await h.call('suggestion', officer.openid as string, { action: 'redact', number: pending.number, names: ['李'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('suggestion', members[1].openid as string, { action: 'redact', number: pending.number, names: ['李'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.call('suggestion', supervisor.openid as string, { action: 'redact', number: pending.number, names: ['张三'] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('没有找到「张三」') }
    })
    expect(await h.call('suggestion', supervisor.openid as string, { action: 'redact', number: pending.number, names: [] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('人名') }
    })
    expect(await h.ok('suggestion', supervisor.openid as string, { action: 'redact', number: pending.number, names: ['李老师'] })).toMatchObject({ hidden: 1 })
    const published = await submit(members[1].openid as string, '王老师的课很好')
    expect(await h.call('suggestion', CHAIR, { action: 'redact', number: published.number, names: ['王老师'] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已经公布') }
    })
  })
})
