import { chaseText } from './chase-text'

it('lists whom to chase one unit a line, so each 小组长 finds their own', () => {
  const people = [
    { name: '王芳', unit: '语文组' },
    { name: '李强', unit: '语文组' },
    { name: '周婷', unit: '数学组' }
  ]
  expect(chaseText('请以下老师报名“周末登山”：', people, '谢谢！')).toBe(['请以下老师报名“周末登山”：', '语文组：王芳、李强', '数学组：周婷', '谢谢！'].join('\n'))
  expect(chaseText('还有 3 人未读：', people, '', { counts: true })).toBe(['还有 3 人未读：', '语文组（2 人）：王芳、李强', '数学组（1 人）：周婷'].join('\n'))
})
