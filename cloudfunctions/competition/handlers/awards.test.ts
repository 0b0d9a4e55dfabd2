import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import { CHAIR, fixture, MEMBER, OFFICER } from '../test-fixture'

async function meet() {
  const f = await fixture()
  const run = await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
  const talk = await f.addEvent({ name: '赛课', kind: 'judged', prizes: { first: 1, second: 1, third: 1, others: true } })
  await f.record(run.id, '语文组', { name: '陈思远', value: 12.3 })
  await f.record(run.id, '数学组', { name: '吴强', value: 12.3 })
  await f.record(run.id, '体育组', { name: '罗勇', value: 12.9 })
  await f.record(run.id, '英语组', { name: '林涛', value: 13.5 })
  for (const [unit, name, s] of [
    ['语文组', '赵敏', 95],
    ['数学组', '周婷', 90],
    ['英语组', '徐丹', 85],
    ['体育组', '梁雪', 80]
  ] as const)
    await f.record(talk.id, unit, { name, scores: [s] })
  await f.publish(run.id)
  return { f, run, talk }
}

describe('competition awards, export and live board', () => {
  it('lists the prize winners of published events and the unit table', async () => {
    const { f, run } = await meet()
    const res = await f.h.ok('competition', MEMBER, { action: 'awards', competitionId: f.competitionId })
    expect(res.events).toHaveLength(1)
    expect(res.events[0].eventId).toBe(run.id)
    expect(res.events[0].items.map((w: any) => [w.place, w.name, w.prize])).toEqual([
      [1, '陈思远', '一等奖'],
      [1, '吴强', '一等奖'],
      [3, '罗勇', '三等奖']
    ])
    expect(res.table[0]).toMatchObject({ unit: '语文组', points: 6, gold: 1, place: 1 })
  })

  it('exports 获奖名单 and 团体总分 as an .xlsx that opens with both sheets', async () => {
    const { f, talk } = await meet()
    await f.publish(talk.id)
    const out = await f.h.ok('competition', OFFICER, { action: 'export', competitionId: f.competitionId })
    expect(out.fileName).toBe('秋季运动会-获奖名单-2026-11-24.xlsx')
    const file = join(f.h.cloud.filesDir, decodeURIComponent(out.url.replace('/_local/files/', '')))
    const winners = await readXlsxFile(readFileSync(file), { sheet: '获奖名单' })
    expect(winners[0]).toEqual(['项目', '组别', '名次', '单位', '姓名', '成绩', '奖项'])
    expect(winners).toContainEqual(['赛课', '混合', 4, '体育组', '梁雪', '80.00分', '优秀奖'])
    const table = await readXlsxFile(readFileSync(file), { sheet: '团体总分' })
    expect(table[1]).toEqual([1, '语文组', 13, 2, 0, 0])
    expect(await f.h.call('competition', MEMBER, { action: 'export', competitionId: f.competitionId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refuses to export before anything is published', async () => {
    const f = await fixture()
    expect(await f.h.call('competition', CHAIR, { action: 'export', competitionId: f.competitionId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('the live board shows the newest published events first and the table, nothing unpublished', async () => {
    const { f, talk } = await meet()
    f.h.setNow('2026-11-24T05:00:00.000Z')
    const board = await f.h.ok('competition', MEMBER, { action: 'board' })
    expect(board.competition.title).toBe('秋季运动会')
    expect(board.latest.map((e: any) => e.eventName)).toEqual(['100米'])
    expect(board.latest[0].top.map((s: any) => s.place)).toEqual([1, 1, 3])
    expect(board.events).toEqual({ total: 2, published: 1 })
    await f.publish(talk.id)
    const next = await f.h.ok('competition', MEMBER, { action: 'board', competitionId: f.competitionId })
    expect(next.latest.map((e: any) => e.eventName)).toEqual(['赛课', '100米'])
    expect(next.table[0]).toMatchObject({ unit: '语文组', points: 13 })
  })

  it('the board is empty, not an error, before anything is published', async () => {
    const f = await fixture()
    const empty = await f.h.ok('competition', MEMBER, { action: 'board', competitionId: f.competitionId })
    expect(empty).toMatchObject({ latest: [], events: { total: 0, published: 0 } })
  })
})
