import { congressKit, type CongressKit } from '../testing'

/** What a caller who sent a field wrong is told: BAD_REQUEST naming that field, in Chinese. */
let k: CongressKit

beforeAll(async () => {
  k = await congressKit(1)
}, 60000)
afterAll(() => k.h.cloud.close())

const said = async (event: Record<string, unknown>) => {
  const r = await k.call(k.who.chair, event)
  if (r.ok) throw new Error(`${String(event.action)} took ${JSON.stringify(event)}`)
  expect(r.error.code).toBe('BAD_REQUEST')
  return r.error.message
}

it('a missing or malformed meetingId is named 会议编号 by every action that takes one, never 缺少 id', async () => {
  for (const action of ['stats', 'export', 'attendance']) {
    expect(await said({ action })).toBe('缺少会议编号')
    expect(await said({ action, meetingId: '' })).toBe('会议编号不能为空')
    expect(await said({ action, meetingId: 42 })).toBe('会议编号必须是文字')
    expect(await said({ action, meetingId: '第三次 会议' })).toBe('会议编号格式不正确')
  }
  expect(await said({ action: 'checkin' })).toBe('缺少会议编号；请输入签到码')
  expect(await said({ action: 'submit', title: '案由', reason: '理由', measures: '措施' })).toBe('缺少会议编号')
  expect(await said({ action: 'list', meetingId: 42 })).toBe('会议编号必须是文字')
})

it('every other field is named too: a proposal’s id, the choices, the texts and the request key', async () => {
  expect(await said({ action: 'get' })).toBe('缺少 id')
  expect(await said({ action: 'decide', id: 'p1' })).toBe('请选择审查结果；请填写立案意见')
  expect(await said({ action: 'decide', id: 'p1', decision: 'passed', reason: '同意' })).toBe('审查结果只能是 立案、不立案 或 合并')
  expect(await said({ action: 'decide', id: 'p1', decision: 'accepted', reason: '同意', department: 7 })).toBe('承办部门必须是文字')
  expect(await said({ action: 'decide', id: 'p1', decision: 'merged', reason: '同意', mergedInto: 1.5 })).toBe('合并到的提案号必须是整数')
  expect(await said({ action: 'rate', id: 'p1' })).toBe('请选择满意度')
  expect(await said({ action: 'rate', id: 'p1', rating: 'satisfied', comment: 3 })).toBe('意见必须是文字')
  expect(await said({ action: 'list', status: 'open' })).toBe('状态只能是 寻求附议、待审查、已立案、已答复、已评价、不立案 或 已合并')
  expect(await said({ action: 'checkin', meetingId: k.meetingId, code: 1234 })).toBe('签到码必须是文字')
  expect(await said({ action: 'submit', meetingId: k.meetingId, title: '案由', reason: '理由', measures: '措施', category: 1 })).toBe('类别必须是文字')
  expect(
    await said({
      action: 'createMeeting',
      title: '会议',
      proposalOpensAt: '2026-12-01T00:00:00.000Z',
      proposalClosesAt: '2026-12-02T00:00:00.000Z',
      heldAt: '2026-12-03T00:00:00.000Z',
      requestId: 12345678
    })
  ).toBe('请求编号必须是文字')
})
