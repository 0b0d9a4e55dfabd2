import { activityShareTitle, shareTitle } from './share'

const hike = { title: '周末登山', phase: 'open' as const, capacity: 40, confirmed: 37, waitlisted: 0 }

it('titles a card with its kind and what it is', () => {
  expect(shareTitle('notice', '关于元旦放假的通知')).toBe('工会通知｜关于元旦放假的通知')
  expect(shareTitle('notice')).toBe('工会通知')
})

it('an open activity says how many places are taken; otherwise why no place is to be had', () => {
  expect(activityShareTitle(hike)).toBe('报名｜周末登山 已报 37/40')
  expect(activityShareTitle({ ...hike, capacity: null })).toBe('报名｜周末登山 已报 37 人（不限名额）')
  expect(activityShareTitle({ ...hike, phase: 'upcoming' })).toBe('报名｜周末登山 即将开始报名')
  expect(activityShareTitle({ ...hike, phase: 'closed' })).toBe('活动｜周末登山 报名已截止')
  expect(activityShareTitle({ ...hike, phase: 'ended' })).toBe('活动｜周末登山 已结束')
  expect(activityShareTitle({ ...hike, cancelled: { at: '2026-11-24T02:00:00.000Z', reason: '下雨' } })).toBe('活动｜周末登山 已取消')
  expect(activityShareTitle(undefined)).toBe('活动报名')
})
