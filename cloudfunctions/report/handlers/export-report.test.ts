import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import { sizeOf, textOf } from '../../_shared/image'
import { yearKit, type YearKit } from '../testing'

let k: YearKit
const fileOf = (url: string) => readFileSync(join(k.h.cloud.filesDir, decodeURIComponent(url.replace('/_local/files/', ''))))
/** The words of a .docx as Word shows them: word/document.xml without its markup. */
const docxText = (buf: Buffer) =>
  strFromU8(unzipSync(new Uint8Array(buf))['word/document.xml'])
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')

beforeAll(async () => {
  k = await yearKit()
  await k.ok(k.who.chair, {
    action: 'setPlan',
    year: 2027,
    items: [
      { month: 3, title: '春季运动会', kind: 'activity' },
      { month: 6, title: '端午包粽子' }
    ]
  })
}, 120000)

describe('report.export', () => {
  it('drafts the 工作总结 as a .docx with every number written into its sentence', async () => {
    const out = await k.ok(k.who.chair, { action: 'export', year: 2027, format: 'docx' })
    expect(out.fileName).toBe('2027年工会工作总结.docx')
    const text = docxText(fileOf(out.url))
    const e = k.expected
    for (const line of [
      '2027 年工会工作总结',
      `全年发布校务公开 ${e.affairs} 条、财务公开 ${e.finance} 条。`,
      `收到会员建议 ${e.suggestions} 条，已答复 ${e['suggestions-answered']} 条（其中按期答复 ${e['suggestions-on-time']} 条），采纳 ${e['suggestions-adopted']} 条，已落实 0 条。`,
      `组织投票与民主评议 ${e.ballots} 次，投票率 ${e.turnout}%。`,
      `全年共组织文体活动 ${e.activities} 次，报名 ${e.signups} 人次，参加 ${e.attended} 人次，${e.participants} 名会员参与，参与率 ${e.participation}%；组织比赛 ${e.competitions} 场，参赛 ${e.entrants} 人（队）次。`,
      `全年召开教代会 ${e['congress-meetings']} 次，收到提案 ${e.proposals} 件，立案 ${e['proposals-accepted']} 件，已答复 ${e['proposals-answered']} 件（其中按期答复 ${e['proposals-on-time']} 件）；提案人评价满意 ${e['proposals-satisfied']} 件、基本满意 ${e['proposals-basically']} 件、不满意 ${e['proposals-unsatisfied']} 件，满意率 ${e['proposals-satisfaction']}%。`,
      '语文组 2/4 人、2 人次，参与率 50%',
      `教代会代表 ${e.delegates} 人`,
      '1 月活动 1 次、报名 1 人次、参加 2 人次',
      `全年慰问会员 ${e.care} 人次，发放慰问金 ${e['care-amount']} 元，其中生病住院 1 人次 500 元、节日 2 人次 400 元。`,
      `送出生日与节日祝福 ${e.greetings} 人次。`,
      `年末在册会员 ${e.members} 人，全年新入会 ${e['members-new']} 人，离会 ${e['members-left']} 人`,
      '2027 年工作计划共 2 项，已完成 1 项。',
      '3 月 春季运动会（活动）：已完成，3 月 20 日「2027年春季教职工运动会」',
      '6 月 端午包粽子（不限）：未见记录'
    ])
      expect(text).toContain(line)
    // every figure's number is written somewhere in the draft
    const r = await k.ok(k.who.chair, { action: 'year', year: 2027 })
    const figs: { label: string; value: number }[] = r.sections.flatMap((s: { figures: unknown[] }) => s.figures)
    for (const f of figs) expect([f.label, new RegExp(`(^|[^\\d.])${f.value}([^\\d.]|$)`).test(text)]).toEqual([f.label, true])
  })

  it('draws the charts into the .docx as pictures, each captioned and carrying its numbers', async () => {
    const out = await k.ok(k.who.chair, { action: 'export', year: 2027, format: 'docx' })
    const files = unzipSync(new Uint8Array(fileOf(out.url)))
    const pngs = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f))
    expect(pngs).toHaveLength(3)
    const words = pngs.map((f) => textOf(Buffer.from(files[f])))
    expect(words.map((w) => w.Title).sort()).toEqual(['慰问（按事由）', '各月活动参与（报名人次）', '各部门参与率'].sort())
    expect(words.find((w) => w.Title === '各部门参与率')?.Description).toContain('语文组 50%（2/4 人，2 人次）')
    expect(sizeOf(Buffer.from(files[pngs[0]])).width).toBe(1200)
    const text = docxText(fileOf(out.url))
    for (const caption of ['图：各月活动参与（报名人次）', '图：各部门参与率', '图：慰问（按事由）']) expect(text).toContain(caption)
  })

  it('drafts a month’s 月报 with that month’s numbers and plan; the year’s export still works as DESIGN has it', async () => {
    const out = await k.ok(k.who.chair, { action: 'export', month: '2027-01', format: 'docx' })
    expect(out.fileName).toBe('2027年1月工会工作月报.docx')
    const text = docxText(fileOf(out.url))
    expect(text).toContain('2027 年 1 月工会工作月报')
    expect(text).toContain('本月共组织文体活动 1 次，报名 1 人次，参加 2 人次，2 名会员参与，参与率 22.2%')
    expect(text).toContain('本月发布校务公开 1 条、财务公开 0 条。')
    expect(text).not.toContain('春季运动会')
    const xlsx = await k.ok(k.who.chair, { action: 'export', month: '2027-01', format: 'xlsx' })
    expect(xlsx.fileName).toBe('2027年1月工会工作台账.xlsx')
    expect((await readXlsxFile(fileOf(xlsx.url), { sheet: '报名' })).length - 1).toBe(1)
    expect(await k.call(k.who.chair, { action: 'export', format: 'docx' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('二选一') } })
    expect(await k.call(k.who.chair, { action: 'export', year: 2027, month: '2027-01', format: 'docx' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('exports the ledgers as an .xlsx: each figure is the count of its sheet’s lines, and no suggestion is listed', async () => {
    const out = await k.ok(k.who.chair, { action: 'export', year: 2027, format: 'xlsx' })
    const buf = fileOf(out.url)
    const lines = async (sheet: string) => (await readXlsxFile(buf, { sheet })).slice(1)
    const summary = await lines('汇总')
    expect(summary.find((r) => r[1] === '报名人次')?.[2]).toBe(k.expected.signups)
    expect((await lines('报名')).length).toBe(k.expected.signups)
    expect((await lines('签到')).length).toBe(k.expected.attended)
    expect((await lines('活动')).map((r) => r[1])).toEqual(['元旦联欢会', '2027年春季教职工运动会'])
    expect((await lines('报名'))[0]).toEqual(['2027-01-01 00:30', '元旦联欢会', '会员2', '数学组'])
    expect((await lines('慰问')).reduce((s, r) => s + Number(r[4]), 0)).toBe(k.expected['care-amount'])
    expect((await lines('通知与公开')).length).toBe(k.expected.affairs + k.expected.finance + k.expected.notices)
    const sug = await lines('建议（按月计数）')
    expect(sug.reduce((s, r) => s + Number(r[1]), 0)).toBe(k.expected.suggestions)
    // counts per month only: no number, no content
    expect(JSON.stringify(sug)).not.toContain('乒乓球')
    expect((await lines('投票'))[0].slice(4)).toEqual([9, 3])
    expect((await lines('教代会提案')).length).toBe(k.expected.proposals)
    const units = await lines('各部门参与')
    expect(units.find((r) => r[0] === '语文组')).toEqual(['语文组', 4, 2, 50, 2, 2, 1, 0])
    expect(units.reduce((s, r) => s + Number(r[4]), 0)).toBe(k.expected.signups)
  })
})
