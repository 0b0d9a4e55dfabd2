import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
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
      `全年共组织文体活动 ${e.activities} 次，报名 ${e.signups} 人次，参加 ${e.attended} 人次；组织比赛 ${e.competitions} 场，参赛 ${e.entrants} 人（队）次。`,
      '1 月活动 1 次、报名 1 人次、参加 2 人次',
      `全年慰问会员 ${e.care} 人次，发放慰问金 ${e['care-amount']} 元，其中生病住院 1 人次 500 元、节日 2 人次 400 元。`,
      `送出生日与节日祝福 ${e.greetings} 人次。`,
      `年末在册会员 ${e.members} 人，全年新入会 ${e['members-new']} 人，离会 ${e['members-left']} 人`,
      '2027 年工作计划共 2 项，已完成 1 项。',
      '3 月 春季运动会（活动）：已完成，3 月 20 日「2027年春季教职工运动会」',
      '6 月 端午包粽子（不限）：未见记录'
    ])
      expect(text).toContain(line)
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
  })
})
