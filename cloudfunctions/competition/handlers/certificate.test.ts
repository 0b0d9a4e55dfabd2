import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { drawCertificate, sizeOf, textOf } from '../../_shared/image'
import { CHAIR, fixture, MEMBER, OFFICER } from '../test-fixture'

const fileOf = (dir: string, url: string) => readFileSync(join(dir, ...decodeURIComponent(url.replace('/_local/files/', '')).split('/')))

/** 男子100米 won by 陈思远 (entered with his member id), 吴强 second by name only. */
async function meet() {
  const f = await fixture()
  const run = await f.addEvent({ name: '100米', kind: 'timed', category: '男子' })
  await f.h.ok('competition', CHAIR, { action: 'enter', eventId: run.id, memberId: f.people['陈思远'].id })
  await f.record(run.id, '语文组', { memberId: f.people['陈思远'].id, name: '陈思远', value: 12.1 })
  await f.record(run.id, '数学组', { name: '吴强', value: 12.3 })
  await f.record(run.id, '体育组', { name: '罗勇', value: 12.9 })
  await f.record(run.id, '英语组', { name: '林涛', value: 13.5 })
  await f.publish(run.id)
  return { f, run }
}

describe('奖状 (certificate)', () => {
  it('the winner saves their own: a PNG naming them, the event and the prize', async () => {
    const { f, run } = await meet()
    const out = await f.h.ok('competition', MEMBER, { action: 'certificate', eventId: run.id })
    expect(out).toMatchObject({ format: 'png', count: 1, fileName: '奖状-男子100米-陈思远.png' })
    const png = fileOf(f.h.cloud.filesDir, out.url)
    expect(sizeOf(png)).toEqual({ width: 1403, height: 992 })
    expect(textOf(png).Description).toBe('陈思远（语文组） 学校工会 秋季运动会 男子100米 一等奖 2026年11月24日')
  })

  it('a member cannot make one for someone else, and one without a prize is told so', async () => {
    const { f, run } = await meet()
    const other = await f.h.call('competition', MEMBER, { action: 'certificate', eventId: run.id, memberId: f.people['吴强'].id })
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('只能保存自己的奖状') } })
    const none = await f.h.call('competition', OFFICER, { action: 'certificate', eventId: run.id })
    expect(none).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '你在「100米」没有获奖名次，没有奖状可保存' } })
  })

  it('the chair makes anyone’s, matching a result entered by name to the member', async () => {
    const { f, run } = await meet()
    const out = await f.h.ok('competition', CHAIR, { action: 'certificate', eventId: run.id, memberId: f.people['吴强'].id })
    expect(textOf(fileOf(f.h.cloud.filesDir, out.url)).Description).toContain('吴强（数学组） 学校工会 秋季运动会 男子100米 二等奖')
  })

  it('the chair prints every prize winner of the competition as one PDF, a page each; others may not', async () => {
    const { f } = await meet()
    const out = await f.h.ok('competition', CHAIR, { action: 'certificate', competitionId: f.competitionId, all: true })
    expect(out).toMatchObject({ format: 'pdf', count: 3, fileName: '秋季运动会-全部奖状.pdf' })
    const pdf = fileOf(f.h.cloud.filesDir, out.url).toString('latin1')
    expect(pdf.startsWith('%PDF-1.4')).toBe(true)
    expect(pdf.match(/\/Type \/Page /g)).toHaveLength(3)
    expect(pdf).toContain('/Count 3')
    const officer = await f.h.call('competition', OFFICER, { action: 'certificate', competitionId: f.competitionId, all: true })
    expect(officer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有主席可以打印全部奖状' } })
  })

  it('waits for the results to be published', async () => {
    const f = await fixture()
    const ev = await f.addEvent({ name: '跳绳', kind: 'measured', measure: 'count' })
    await f.h.ok('competition', CHAIR, { action: 'enter', eventId: ev.id, memberId: f.people['陈思远'].id })
    await f.record(ev.id, '语文组', { memberId: f.people['陈思远'].id, name: '陈思远', value: 180 })
    const r = await f.h.call('competition', MEMBER, { action: 'certificate', eventId: ev.id })
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '该项目成绩尚未公布' } })
    const chair = await f.h.call('competition', CHAIR, { action: 'certificate', eventId: ev.id, all: true })
    expect(chair).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('says which field is wrong when neither an event nor a whole competition is named', async () => {
    const f = await fixture()
    const r = await f.h.call('competition', MEMBER, { action: 'certificate' })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('请指定项目') } })
  })
})

describe('drawCertificate', () => {
  const spec = { union: '第一中学工会', competition: '秋季运动会', event: '女子跳绳', prize: '一等奖', name: '王芳', unit: '语文组', date: '2026年11月24日' }
  const pixels = (png: Buffer) => PNG.sync.read(png).data

  it('draws the same 奖状 for the same words, and a different one for another name', async () => {
    const a = await drawCertificate(spec)
    const again = await drawCertificate(spec)
    const other = await drawCertificate({ ...spec, name: '李强' })
    expect(pixels(again).equals(pixels(a))).toBe(true)
    expect(pixels(other).equals(pixels(a))).toBe(false)
  })
})
