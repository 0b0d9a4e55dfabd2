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
