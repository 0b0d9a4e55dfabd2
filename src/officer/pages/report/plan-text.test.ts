import { parsePlan, planText } from './plan-text'

it('reads the plan as a chair types or pastes it, and says which lines it could not read', () => {
  const { items, bad } = parsePlan('3月 春季运动会（活动）\n\n ４月：财务公开(通知)\n9 教师节慰问\n下学期 秋游\n13月 年会')
  expect(items).toEqual([
    { month: 3, title: '春季运动会', kind: 'activity' },
    { month: 4, title: '财务公开', kind: 'notice' },
    { month: 9, title: '教师节慰问', kind: 'any' }
  ])
  expect(bad).toEqual([5, 6])
  expect(parsePlan(planText(items)).items).toEqual(items)
})
