import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CHAIR, careKit } from '../testing'

const CARE_DIR = join(__dirname, '..')
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && f !== 'testing.ts' ? [p] : []
  })

describe('care.hardship: the hidden 困难职工 tag', () => {
  it('opening a file tags the member 困难职工 for the chair alone, keeps their other tags, and a second open adds nothing', async () => {
    const k = await careKit(1)
    const m = k.member(0)
    await k.h.ok('member', CHAIR, { action: 'tag', memberId: m.id, tags: ['新教师'] })
    const file = { action: 'hardship', op: 'create', memberId: m.id, cause: '子女重病', level: 'general', measures: '协助申请救助' }
    await k.ok(k.who.keeper, file)
    expect(await k.call(k.who.keeper, file)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const chairView = (await k.h.ok('member', CHAIR, { action: 'list' })).items.find((x: any) => x.id === m.id)
    expect(chairView.tags).toEqual(['新教师', '困难职工'])
    const officerView = await k.h.ok('member', k.who.officer, { action: 'list' })
    expect(JSON.stringify(officerView)).not.toContain('困难职工')
    expect((await k.h.ok('member', CHAIR, { action: 'list', tag: '困难职工' })).items.map((x: any) => x.name)).toEqual([m.name])
  })

  it('creating a file answers the file with its id at the top, the list beside it', async () => {
    const k = await careKit(2)
    const m = k.member(0)
    const created = await k.ok(k.who.keeper, { action: 'hardship', op: 'create', memberId: m.id, cause: '子女重病', level: 'serious', measures: '协助申请救助' })
    expect(created).toMatchObject({ id: m.id, memberId: m.id, name: m.name, cause: '子女重病', level: 'serious', measures: '协助申请救助', amountThisYear: 0 })
    expect(created.items.map((f: any) => f.memberId)).toEqual([m.id])
    expect(created.keeper).toMatchObject({ name: '赵档案' })
    // the id is the file's: an update by it finds the same file
    await k.ok(k.who.keeper, { action: 'hardship', op: 'update', memberId: created.id, measures: '每学期走访一次' })
    expect((await k.ok(k.who.chair, { action: 'hardship', op: 'list' })).items[0]).toMatchObject({ memberId: m.id, measures: '每学期走访一次' })
  })

  it('care writes no member document itself: the tag goes through _shared/members (the members module owns them)', () => {
    const writers = sources(CARE_DIR).filter((p) =>
      /membersIn\([^)]*\)\s*\.(doc|where)\([^)]*\)\s*\.(update|set|remove)|collection\(\s*MEMBERS\s*\)/.test(readFileSync(p, 'utf8').replace(/\n\s*/g, ''))
    )
    expect(writers).toEqual([])
  })
})
