import { CHAIR, createHarness, type Harness, type SeededMember } from '../../../test/support/harness'

/** Tags narrow audiences (DESIGN: member tags): a notice to 教代会代表, an activity for them, the roster filter and 批量加标签. */
let h: Harness
let people: SeededMember[]
const byName = (n: string) => people.find((p) => p.name === n)!

beforeAll(async () => {
  h = createHarness()
  people = await h.members([
    { name: '张主席', unit: '行政处', role: 'chair', openid: 'boss' },
    { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' },
    { name: '李代表', unit: '语文组', openid: 'li' },
    { name: '周代表', unit: '数学组', openid: 'zhou' },
    { name: '陈代表', unit: '语文组', openid: 'chen' },
    { name: '孙老师', unit: '语文组', openid: 'sun' },
    { name: '赵老师', unit: '数学组', openid: 'zhao' },
    { name: '赵老师', unit: '英语组', openid: 'zhao2' }
  ])
}, 60000)

it('批量加标签 tags the pasted names, keeps their other tags, and names who was not found or is ambiguous', async () => {
  await h.ok('member', CHAIR, { action: 'tag', memberId: byName('李代表').id, tags: ['新教师'] })
  const out = await h.ok('member', CHAIR, { action: 'tagByNames', names: ['李代表', '周代表', '陈代表', '钱多多', '赵老师'], tag: '教代会代表' })
  expect(out.tagged.map((m: any) => m.name)).toEqual(['李代表', '周代表', '陈代表'])
  expect(out.unknown).toEqual(['钱多多'])
  expect(out.ambiguous).toEqual(['赵老师'])
  const again = await h.ok('member', CHAIR, { action: 'tagByNames', names: ['李代表'], tag: '教代会代表' })
  expect(again.tagged).toHaveLength(1)
  const li = (await h.ok('member', 'li', { action: 'me' })).member
  expect(li.tags).toEqual(['新教师', '教代会代表'])
  expect(await h.call('member', 'officer', { action: 'tagByNames', names: ['孙老师'], tag: '教代会代表' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

it('the roster filters by tag', async () => {
  const items = (await h.ok('member', 'officer', { action: 'list', tag: '教代会代表' })).items
  expect(items.map((m: any) => m.name).sort()).toEqual(['李代表', '周代表', '陈代表'].sort())
})

it('a notice to tag 教代会代表 reaches exactly them: listed, pushed and counted unread for them alone', async () => {
  for (const o of ['li', 'zhou', 'chen', 'sun']) await h.ok('member', o, { action: 'subscribe', templateKey: 'notice', accepted: true })
  const before = h.cloud.outbox.length
  const n = await h.ok('notice', CHAIR, { action: 'publish', title: '教代会代表预备会议通知', body: '请各位代表周五下午到会议室。', category: 'notice', audience: { tags: ['教代会代表'] } })
  const pushed = h.cloud.outbox.slice(before).map((o) => o.touser)
  expect(pushed.sort()).toEqual(['chen', 'li', 'zhou'])
  const sees = async (o: string) => (await h.ok('notice', o, { action: 'list' })).items.some((i: any) => i.id === n.id)
  expect(await sees('zhou')).toBe(true)
  expect(await sees('sun')).toBe(false)
  expect(await sees('officer')).toBe(false)
  const readers = await h.ok('notice', CHAIR, { action: 'readers', id: n.id })
  expect(readers.unread.map((r: any) => r.name).sort()).toEqual(['李代表', '周代表', '陈代表'].sort())
  const bad = await h.call('notice', CHAIR, { action: 'publish', title: '慰问', body: '正文', category: 'notice', audience: { tags: ['困难职工'] } })
  expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
})

it('an activity for 教代会代表 refuses others with why', async () => {
  const a = await h.ok('activity', 'officer', {
    action: 'create',
    title: '代表健步走',
    startAt: '2026-12-05T01:00:00.000Z',
    signupClosesAt: '2026-12-04T10:00:00.000Z',
    eligibility: { tags: ['教代会代表'] }
  })
  const id = a.id ?? a.activity?.id
  expect(await h.ok('activity', 'li', { action: 'signup', id })).toMatchObject({ status: 'confirmed' })
  const sun = await h.call('activity', 'sun', { action: 'signup', id })
  expect(sun.ok).toBe(false)
  expect(sun.ok || sun.error.message).toBe('本活动仅限教代会代表参加')
}, 30000)

it('a hidden tag is seen by the chair alone, on every member action that answers members', async () => {
  const sun = byName('孙老师')
  const tagged = await h.ok('member', CHAIR, { action: 'tag', memberId: sun.id, tags: ['困难职工', '新教师'] })
  expect(tagged.member.tags).toEqual(['新教师', '困难职工'])
  const chairList = (await h.ok('member', CHAIR, { action: 'list', tag: '困难职工' })).items
  expect(chairList.map((m: any) => m.name)).toEqual(['孙老师'])
  const answers = [
    await h.ok('member', 'officer', { action: 'list' }),
    await h.ok('member', 'officer', { action: 'list', tag: '困难职工' }),
    await h.ok('member', 'officer', { action: 'list', status: 'all' }),
    await h.ok('member', 'sun', { action: 'me' }),
    await h.ok('member', 'sun', { action: 'update', phone: '13800000000' }),
    await h.ok('member', CHAIR, { action: 'setRole', memberId: sun.id, role: 'member' })
  ]
  for (const a of answers) expect(JSON.stringify(a)).not.toContain('困难职工')
  expect(answers[1].items).toEqual([])
  expect(answers[3].member.tags).toEqual(['新教师'])
})
