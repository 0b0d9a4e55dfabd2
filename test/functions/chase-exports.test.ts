/**
 * The chase lists exported (issue 16 part 5): 未读 of a notice, 未报名 of an activity, 未领票 of a
 * ballot, each an .xlsx of 部门 and 姓名 by unit then name, naming exactly those the page's copied
 * text names, and only to those who may see the list.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import { base } from '../../cloudfunctions/activity/testing'
import type { Ballot } from '../../types/ballot'
import { takeToken } from '../support/ballot-voter'
import { CHAIR, createHarness, type Harness, type SeededMember } from '../support/harness'

jest.setTimeout(120_000)

let h: Harness
let people: SeededMember[]
beforeAll(async () => {
  h = createHarness()
  people = await h.members([
    { name: '陈思远', unit: '语文组' },
    { name: '刘芳', unit: '语文组' },
    { name: '周婷', unit: '数学组' },
    { name: '王强', unit: '数学组', role: 'officer' },
    { name: '赵敏', unit: '英语组' }
  ])
})
afterAll(() => h.cloud.close())

/** The rows of an export the local cloud saved. */
async function rowsOf(out: { url?: string; fileName: string }) {
  const file = join(h.cloud.filesDir, ...decodeURIComponent(out.url!.slice('/_local/files/'.length)).split('/'))
  return readXlsxFile(readFileSync(file))
}

it('未读名单: the members who have not opened the notice, by unit then name; the chair only', async () => {
  const n = await h.ok('notice', CHAIR, { action: 'publish', title: '关于元旦放假的通知', body: '1 月 1 日至 3 日放假。', category: 'notice' })
  for (const p of [people[0], people[3]]) await h.ok('notice', p.openid!, { action: 'get', id: n.id })
  const out = await h.ok('notice', CHAIR, { action: 'exportUnread', id: n.id })
  expect(out.fileName).toBe('关于元旦放假的通知-未读名单.xlsx')
  expect(await rowsOf(out)).toEqual([
    ['部门', '姓名'],
    ['数学组', '周婷'],
    ['英语组', '赵敏'],
    ['语文组', '刘芳']
  ])
  const unread = (await h.ok('notice', CHAIR, { action: 'readers', id: n.id })).unread.map((u: { name: string }) => u.name)
  expect(unread.sort()).toEqual(['刘芳', '周婷', '赵敏'].sort())
  expect(await h.call('notice', people[3].openid!, { action: 'exportUnread', id: n.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

it('未报名名单: the audience not signed up, as activity.unsigned lists them; officers only', async () => {
  const a = await h.ok('activity', people[3].openid!, { action: 'create', ...base, capacity: 20 })
  await h.ok('activity', people[2].openid!, { action: 'signup', id: a.id })
  const out = await h.ok('activity', people[3].openid!, { action: 'exportUnsigned', id: a.id })
  expect(out.fileName).toBe('周末登山-未报名名单.xlsx')
  const listed = (await h.ok('activity', people[3].openid!, { action: 'unsigned', id: a.id })).items.map((m: { unit: string; name: string }) => [m.unit, m.name])
  expect((await rowsOf(out)).slice(1)).toEqual(listed)
  expect(listed.map((r: string[]) => r[1])).not.toContain('周婷')
  expect(await h.call('activity', people[0].openid!, { action: 'exportUnsigned', id: a.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

it('未领票名单: who has not taken a ballot, never who voted how; the chair only', async () => {
  const b = await h.ok<Ballot>('ballot', CHAIR, { action: 'create', title: '秋游去哪里', kind: 'poll', options: ['千岛湖', '莫干山'], closesAt: '2026-11-25T10:00:00.000Z' })
  for (const p of [people[1], people[4]]) await takeToken(h, b, p.openid!)
  const out = await h.ok('ballot', CHAIR, { action: 'exportNotTaken', id: b.id })
  expect(out.fileName).toBe('秋游去哪里-未领票名单.xlsx')
  const notTaken = (await h.ok('ballot', CHAIR, { action: 'turnout', id: b.id })).notTaken.map((m: { unit: string; name: string }) => [m.unit, m.name])
  const rows = await rowsOf(out)
  expect(rows[0]).toEqual(['部门', '姓名'])
  expect([...rows.slice(1)].sort()).toEqual([...notTaken].sort())
  expect(rows.flat()).not.toContain('刘芳')
  expect(await h.call('ballot', people[3].openid!, { action: 'exportNotTaken', id: b.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
