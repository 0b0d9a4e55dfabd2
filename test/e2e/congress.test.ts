import { useLocalApp } from './support'

const env = useLocalApp()

it('the chair tags three 代表; one submits, two second; the committee accepts with a department; the answer is recorded; the proposer rates 基本满意; every member sees it; stats 1/1', async () => {
  // the chair opens a meeting of her own from the 工作台, so its figures are this journey's alone
  const chair = await env.open({ as: 'demo-chair', at: '/officer/pages/workbench/index' })
  await chair.screen().getByText('教代会与提案').click()
  await chair.screen().getByText('召开教代会').click()
  const create = chair.page.locator('.meeting-create').filter({ visible: true })
  await create.locator('input').first().fill('2027年教代会')
  await chair.shot('congress-meeting-create')
  await create.getByText('召开会议', { exact: true }).click()
  await chair.page.locator('.congress-meeting').filter({ visible: true }).getByText('2027年教代会').waitFor()
  const meetingUrl = chair.page.url()
  const meetingRoute = meetingUrl.slice(meetingUrl.indexOf('#') + 1)

  // 批量加标签: paste three names from the 代表 名单
  await chair.goto('/officer/pages/members/index')
  const members = chair.page.locator('.members').filter({ visible: true })
  await members.getByText('批量加标签（粘贴名单）').click()
  await members.locator('textarea').fill('朱琳\n潘国栋、刘芳')
  await members.getByText('给这 3 人加上「教代会代表」').click()
  await members.getByText('已为 3 人加上「教代会代表」：朱琳、潘国栋、刘芳').waitFor()
  await chair.shot('congress-bulk-tag')
  await chair.expectHealthy()

  // 会议文件: from the meeting page the chair files the agenda, preset to the 代表
  await chair.goto(meetingRoute)
  await chair.screen().getByText('发布会议文件').click()
  const pub = chair.page.locator('.notice-publish').filter({ visible: true })
  await pub.getByText('会议文件：2027年教代会', { exact: false }).waitFor()
  await pub.locator('input').first().fill('2027年教代会议程')
  await pub.locator('textarea').first().fill('一、听取学校工作报告；二、听取提案工作报告。')
  await pub.getByText('预览', { exact: true }).click()
  await pub.getByText('教代会代表', { exact: false }).first().waitFor()
  await pub.getByText('确认发布').click()
  await chair.page.locator('.notice-detail').filter({ visible: true }).getByText('2027年教代会议程').waitFor()
  await chair.expectHealthy()

  // 朱琳, a 代表, finds it 未读 on the meeting page, reads it, and it shows 已读
  const zhu = await env.open({ as: 'demo-member-4', at: meetingRoute })
  const docs = zhu.screen().locator('.congress-meeting__docs')
  await docs.getByText('2027年教代会议程').waitFor()
  await docs.getByText('未读', { exact: true }).waitFor()
  await zhu.shot('congress-meeting-documents')
  await docs.getByText('2027年教代会议程').click()
  await zhu.page.locator('.notice-detail').filter({ visible: true }).getByText('听取提案工作报告', { exact: false }).waitFor()
  await zhu.goto(meetingRoute)
  await zhu.screen().locator('.congress-meeting__docs').getByText('已读', { exact: true }).waitFor()
  await zhu.expectHealthy()

  // 李晓梅 is no 代表: the same meeting page carries no documents and no hint of them
  const li = await env.open({ as: 'demo-officer-2', at: meetingRoute })
  await li.screen().getByText('2027年教代会').first().waitFor()
  await li.screen().getByText('签到与出席').waitFor()
  expect(await li.screen().innerText()).not.toContain('会议文件')
  await li.close()

  // 朱琳 submits a proposal
  await zhu.screen().getByText('提交提案').first().click()
  const form = zhu.page.locator('.proposal-form').filter({ visible: true })
  await form.locator('input').first().fill('关于教工子女暑期托管的提案')
  const areas = form.locator('textarea')
  await areas.nth(0).fill('暑假期间双职工教师的孩子无人照看。')
  await areas.nth(1).fill('利用校内场地开设暑期托管班，由工会组织志愿者。')
  await zhu.shot('congress-proposal-form')
  await form.getByText('提交提案', { exact: true }).last().click()
  const zhuPage = zhu.page.locator('.proposal').filter({ visible: true })
  await zhuPage.getByText('不能附议自己的提案').waitFor()
  const proposalUrl = zhu.page.url()
  const proposalRoute = proposalUrl.slice(proposalUrl.indexOf('#') + 1)

  // 潘国栋 and 刘芳 second it
  const seconded = [
    ['demo-member-5', '潘国栋（1/2）', '你已经附议过这件提案'],
    // the second 附议 sends it up: the page now says who acts next
    ['demo-member-6', '潘国栋、刘芳（2/2）', '待提案委员会审查']
  ]
  for (const [openid, seconders, next] of seconded) {
    const d = await env.open({ as: openid, at: proposalRoute })
    await d.screen().getByText('我附议').click()
    await d.screen().getByText(seconders).waitFor()
    await d.screen().getByText(next).waitFor()
    await d.close()
  }

  // the chair, as the committee, accepts it for 总务处 and records the answer
  await chair.goto(proposalRoute)
  const decide = chair.page.locator('.proposal').filter({ visible: true })
  await decide.getByText('潘国栋、刘芳（2/2）').waitFor()
  await decide.locator('textarea').first().fill('反映的问题普遍，同意立案')
  await decide.getByPlaceholder('例如：后勤处').fill('总务处')
  await chair.shot('congress-decide')
  await decide.getByText('记录审查意见').click()
  await decide.getByText('登记承办部门的答复').waitFor()
  await decide.locator('textarea').first().fill('总务处将于七月开设暑期托管班，每天 8:00–17:00。')
  await decide.getByText('登记答复', { exact: true }).click()
  await decide.getByText('答复已登记', { exact: false }).or(decide.getByText('已答复，待评价')).first().waitFor()
  await chair.expectHealthy()

  // 朱琳 rates the answer 基本满意
  await zhu.goto(proposalRoute)
  await zhuPage.getByText('总务处将于七月开设暑期托管班', { exact: false }).waitFor()
  await zhuPage.getByText('基本满意', { exact: true }).click()
  await zhuPage.getByText('已评价').waitFor()
  await zhu.shot('congress-rated')
  await zhu.expectHealthy()

  // 陈思远, any member, sees it on the meeting's list; the figures read 1/1
  const member = await env.open({ as: 'demo-member-1', at: meetingRoute })
  const list = member.page.locator('.congress-meeting').filter({ visible: true })
  await list.getByText('关于教工子女暑期托管的提案').waitFor()
  await list.getByText('收到 1 件，立案 1 件，已答复 1 件（按期 1 件）').waitFor()
  await list.getByText('满意 0，基本满意 1，不满意 0').waitFor()
  await member.shot('congress-meeting')
  await member.expectHealthy()
  for (const j of [chair, zhu, member]) await j.close()
}, 240000)
