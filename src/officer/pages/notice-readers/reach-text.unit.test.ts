import { reachLines, reachTitle, unreadText } from './reach-text'

const who = (name: string, unit = '语文组') => ({ memberId: name, name, unit })

it('writes the unread list by unit, ready to paste into the staff group', () => {
  const text = unreadText('体检通知', [who('刘芳'), who('赵敏'), who('周婷', '数学组')])
  expect(text).toBe(['【工会通知】“体检通知”还有 3 人未读：', '语文组（2 人）：刘芳、赵敏', '数学组（1 人）：周婷', '请抽空打开工会助手查看，谢谢！'].join('\n'))
})

it('says who was reminded and, by reason, who was not', () => {
  const r = {
    reached: [who('刘芳')],
    missed: [
      { ...who('吴老师'), reason: 'not-bound' as const },
      { ...who('赵敏'), reason: 'no-grant' as const },
      { ...who('孙老师'), reason: 'inactive' as const }
    ]
  }
  expect(reachLines(r)).toEqual([
    { label: '已提醒', who: '刘芳', count: 1 },
    { label: '没有订阅提醒', who: '赵敏', count: 1 },
    { label: '还没绑定手机', who: '吴老师', count: 1 },
    { label: '已停用', who: '孙老师', count: 1 }
  ])
  expect(reachTitle(r)).toBe('已提醒 1 人，另有 2 人没法提醒')
  expect(reachTitle({ reached: [], missed: [{ ...who('赵敏'), reason: 'no-grant' }] })).toBe('没有人收到提醒：1 人都没法用微信提醒')
})
