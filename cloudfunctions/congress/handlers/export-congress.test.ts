import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { congressKit } from '../testing'

/** The words of a .docx as Word shows them: word/document.xml without its markup. */
const docxText = (buf: Buffer) =>
  strFromU8(unzipSync(new Uint8Array(buf))['word/document.xml'])
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')

it('exports the 提案汇编: one proposal a page with 案由, 提案人, 附议人, 理由, 措施, 立案意见, 承办部门, 答复, 满意度', async () => {
  const k = await congressKit(3)
  const a = await k.propose('d1')
  const b = await k.propose('d2', { title: '增设教工休息室', reason: '课间无处休息', measures: '改造三楼空教室' })
  for (const [p, s] of [
    [a, ['d2', 'd3']],
    [b, ['d1', 'd3']]
  ] as const)
    for (const d of s) await k.ok(d, { action: 'second', id: p.id })
  await k.ok(k.who.chair, { action: 'decide', id: a.id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: '2026-12-20T00:00:00.000Z' })
  await k.ok(k.who.chair, { action: 'answer', id: a.id, answer: '已增加两个窗口' })
  await k.ok('d1', { action: 'rate', id: a.id, rating: 'satisfied' })
  await k.ok(k.who.committee, { action: 'decide', id: b.id, decision: 'rejected', reason: '场地不足，作为建议转总务处' })
  expect(await k.call(k.who.member, { action: 'export', meetingId: k.meetingId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const out = await k.ok(k.who.chair, { action: 'export', meetingId: k.meetingId })
  expect(out.fileName).toBe('第五届教代会第三次会议提案汇编.docx')
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(k.h.cloud.filesDir, decodeURIComponent(out.url.replace('/_local/files/', ''))))))['word/document.xml'])
  const text = docxText(readFileSync(join(k.h.cloud.filesDir, decodeURIComponent(out.url.replace('/_local/files/', '')))))
  for (const line of [
    '第五届教代会第三次会议提案汇编',
    '第 1 号提案',
    '案由：改善教工食堂午餐',
    '提案人：代表1（语文组）',
    '附议人：代表2、代表3',
    '理由：午餐品种少，排队时间长',
    '措施：增加窗口，每周公布菜单',
    '立案意见：立案。同意立案',
    '承办部门：后勤处（2026-12-20 前答复）',
    '答复：已增加两个窗口',
    '满意度：满意',
    '第 2 号提案',
    '案由：增设教工休息室',
    '附议人：代表1、代表3',
    '立案意见：不立案。场地不足，作为建议转总务处',
    '满意度：尚未评价'
  ])
    expect(text).toContain(line)
  // each proposal starts its own page
  expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2)
}, 60000)

const exportedText = async (k: Awaited<ReturnType<typeof congressKit>>) => {
  const out = await k.ok(k.who.chair, { action: 'export', meetingId: k.meetingId })
  return docxText(readFileSync(join(k.h.cloud.filesDir, decodeURIComponent(out.url.replace('/_local/files/', '')))))
}

it('the 提案汇编 counts what stats counts, a proposal still seeking 附议 included on its own page', async () => {
  const k = await congressKit(3)
  const a = await k.propose('d1')
  for (const d of ['d2', 'd3']) await k.ok(d, { action: 'second', id: a.id })
  await k.ok(k.who.chair, { action: 'decide', id: a.id, decision: 'accepted', reason: '同意立案', department: '后勤处', dueAt: '2026-12-20T00:00:00.000Z' })
  await k.ok(k.who.chair, { action: 'answer', id: a.id, answer: '已增加两个窗口' })
  await k.propose('d2', { title: '增设教工休息室' })
  const stats = await k.ok(k.who.chair, { action: 'stats', meetingId: k.meetingId })
  expect(stats).toEqual({ proposals: 2, accepted: 1, answered: 1, answeredOnTime: 1, satisfied: 0, basically: 0, unsatisfied: 0 })
  const text = await exportedText(k)
  expect(text).toContain('共收到提案 2 件，立案 1 件，已答复 1 件（按期 1 件）；满意 0 件，基本满意 0 件，不满意 0 件')
  expect(text).toContain('第 2 号提案')
  expect(text).toContain('案由：增设教工休息室')
  expect(text).toContain('立案意见：尚在征集附议')
}, 60000)

it('an accepted proposal without department or due date reads 待定 in the 提案汇编', async () => {
  const k = await congressKit(3)
  const a = await k.propose('d1')
  for (const d of ['d2', 'd3']) await k.ok(d, { action: 'second', id: a.id })
  await k.ok(k.who.chair, { action: 'decide', id: a.id, decision: 'accepted', reason: '同意立案' })
  expect(await exportedText(k)).toContain('承办部门：待定（答复期限待定）')
}, 60000)
