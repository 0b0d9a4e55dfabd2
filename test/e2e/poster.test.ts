import { useLocalApp } from './support'

const env = useLocalApp()

async function ok<T = any>(fn: string, openid: string, event: Record<string, unknown>): Promise<T> {
  const r = await env.app.call<T>(fn, openid, event)
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.error.message}`)
  return r.data
}

it('an officer makes an activity poster, sees it, and saves it (the browser downloads the PNG)', async () => {
  const activity = await ok('activity', 'demo-officer-1', {
    action: 'create',
    title: '冬季健步走',
    place: '学校操场',
    startAt: '2027-01-09T01:00:00.000Z',
    endAt: '2027-01-09T03:00:00.000Z',
    signupClosesAt: '2027-01-08T10:00:00.000Z',
    capacity: 30
  })
  const officer = await env.open({ as: 'demo-officer-1', at: `/pages/activity-detail/index?id=${activity.id}` })
  await officer.screen().getByText('生成海报', { exact: true }).click()
  const img = officer.screen().locator('.drawn-image__img img, img.drawn-image__img').first()
  await img.waitFor()
  // the poster really loaded: a 750-wide image, not a broken icon
  await officer.page.waitForFunction(() => {
    const el = document.querySelector('.drawn-image__img img, img.drawn-image__img') as HTMLImageElement | null
    return !!el && el.complete && el.naturalWidth === 750
  })
  await officer.shot('activity-poster')
  const [download] = await Promise.all([officer.page.waitForEvent('download'), officer.screen().getByText('保存到相册', { exact: true }).click()])
  // the stored name leads with a random part, so nobody guesses another's file
  expect(download.suggestedFilename()).toMatch(/冬季健步走-海报\.png$/)
  await officer.expectHealthy()
  await officer.close()
}, 120_000)

let attempt = 0

it('the winner opens their event and saves their 奖状 (the download happens)', async () => {
  // a retry of this journey finds the event it made the first time: it makes another
  const name = attempt++ ? `袋鼠跳${attempt}` : '袋鼠跳'
  const { items } = await ok('competition', 'demo-chair', { action: 'list' })
  const meet = items.find((c: { title: string }) => c.title === '2026年秋季教职工运动会')
  const event = await ok('competition', 'demo-chair', { action: 'addEvent', competitionId: meet.id, name, kind: 'measured', measure: 'count' })
  const { member } = await ok('member', 'demo-member-1', { action: 'me' })
  await ok('competition', 'demo-chair', { action: 'enter', eventId: event.id, memberId: member.id })
  await ok('competition', 'demo-chair', { action: 'recordResult', eventId: event.id, unit: member.unit, memberId: member.id, value: 86 })
  await ok('competition', 'demo-chair', { action: 'publish', eventId: event.id })

  const phone = await env.open({ as: 'demo-member-1', at: `/pages/competition-event/index?id=${event.id}` })
  await phone.screen().getByText('保存奖状', { exact: true }).click()
  await phone.page.waitForFunction(() => {
    const el = document.querySelector('.drawn-image__img img, img.drawn-image__img') as HTMLImageElement | null
    return !!el && el.complete && el.naturalWidth === 1403
  })
  await phone.shot('competition-certificate')
  const [download] = await Promise.all([phone.page.waitForEvent('download'), phone.screen().getByText('保存到相册', { exact: true }).click()])
  expect(download.suggestedFilename()).toMatch(new RegExp(`奖状-${name}-${member.name}\\.png$`))
  await phone.expectHealthy()
  await phone.close()
}, 120_000)
