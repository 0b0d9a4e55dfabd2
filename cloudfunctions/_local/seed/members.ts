import type { MemberRow } from '../../../types/member'
import type { LocalCloud } from '../cloud'

type Row = [name: string, unit: string, gender: 'F' | 'M', birthday?: string, extra?: Partial<MemberRow>]

/** A believable school union: 41 members across nine units. */
const ROWS: Row[] = [
  ['张丽华', '行政处', 'F', '1972-03-15', { joinedAt: '1995-09-01', phone: '13800000001' }],
  ['王建国', '体育组', 'M', '1980-07-22', { joinedAt: '2003-09-01' }],
  ['李晓梅', '语文组', 'F', '1985-11-02', { joinedAt: '2008-09-01' }],
  ['陈思远', '语文组', 'M', '1990-01-18'],
  ['刘芳', '语文组', 'F', undefined, { lunarBirthday: { month: 8, day: 15 } }],
  ['赵敏', '语文组', 'F', '1988-05-20'],
  ['孙浩', '语文组', 'M', '1979-09-10'],
  ['周婷', '数学组', 'F', '1991-02-28'],
  ['吴强', '数学组', 'M', '1983-12-05'],
  ['郑佳怡', '数学组', 'F', '1996-02-29'],
  ['冯磊', '数学组', 'M', undefined, { lunarBirthday: { month: 1, day: 1 } }],
  ['何静', '数学组', 'F', '1987-06-30'],
  ['黄雅琴', '英语组', 'F', '1989-04-12'],
  ['林涛', '英语组', 'M', '1992-08-08'],
  ['徐丹', '英语组', 'F', '1994-10-24'],
  ['马俊', '英语组', 'M', '1986-03-03'],
  ['朱琳', '理化生组', 'F', '1984-07-07'],
  ['胡斌', '理化生组', 'M', '1977-11-11'],
  ['郭蕾', '理化生组', 'F', undefined, { lunarBirthday: { month: 12, day: 30 } }],
  ['高飞', '理化生组', 'M', '1993-05-05'],
  ['罗勇', '体育组', 'M', '1982-09-09'],
  ['梁雪', '体育组', 'F', '1995-01-25'],
  ['宋刚', '体育组', 'M', '1990-06-18'],
  ['谢婉清', '艺术组', 'F', '1988-12-12'],
  ['韩笑', '艺术组', 'M', '1991-03-21'],
  ['唐诗雨', '艺术组', 'F', '1997-08-19'],
  ['许文博', '行政处', 'M', '1978-04-04'],
  ['邓洁', '行政处', 'F', '1985-10-10'],
  ['曹阳', '后勤处', 'M', '1976-02-14'],
  ['彭秀英', '后勤处', 'F', '1970-11-30'],
  ['曾志明', '后勤处', 'M', '1981-05-27'],
  ['萧红梅', '后勤处', 'F', undefined, { lunarBirthday: { month: 9, day: 9 } }],
  ['潘国栋', '退休', 'M', '1955-06-01', { retired: true }],
  ['田桂兰', '退休', 'F', '1958-03-08', { retired: true }],
  ['董振华', '退休', 'M', undefined, { retired: true, lunarBirthday: { month: 4, day: 8 } }],
  ['袁淑珍', '退休', 'F', '1960-12-25', { retired: true }],
  ['蒋卫东', '退休', 'M', '1957-10-01', { retired: true }],
  ['蔡晓燕', '英语组', 'F', '1993-11-24'],
  ['余海', '数学组', 'M', '1989-11-25'],
  ['杜鹃', '语文组', 'F', '1994-12-01'],
  ['叶青', '艺术组', 'F', '1990-11-28']
]

/** Demo phones bound to members, so 切换身份 can act as the chair, an officer or a member. */
const BINDINGS: [openid: string, name: string, role?: 'chair' | 'officer'][] = [
  ['demo-chair', '张丽华', 'chair'],
  ['demo-officer-1', '王建国', 'officer'],
  ['demo-officer-2', '李晓梅', 'officer'],
  ['demo-member-1', '陈思远'],
  ['demo-member-2', '周婷'],
  ['demo-member-3', '黄雅琴'],
  ['demo-member-4', '朱琳'],
  ['demo-member-5', '潘国栋'],
  ['demo-member-6', '刘芳']
]

export async function seedMembers(cloud: LocalCloud, chairOpenid: string): Promise<void> {
  const members = ROWS.map(([name, unit, gender, birthday, extra]) => ({ name, unit, gender, ...(birthday ? { birthday } : {}), ...extra }))
  const res = await cloud.call('member', { action: 'import', members }, chairOpenid)
  if (!res.ok) throw new Error(`seed import failed: ${res.error.message}`)
  const created = (res.data as { created: { id: string; name: string; inviteCode: string }[] }).created
  for (const [openid, name, role] of BINDINGS) {
    const m = created.find((c) => c.name === name)
    if (!m) continue
    const bound = await cloud.call('member', { action: 'bind', inviteCode: m.inviteCode }, openid)
    if (!bound.ok) throw new Error(`seed bind failed: ${bound.error.message}`)
    if (role) await cloud.call('member', { action: 'setRole', memberId: m.id, role }, chairOpenid)
  }
}
