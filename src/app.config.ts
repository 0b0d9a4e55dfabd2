import { colors } from './lib/theme'

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/notice/index',
    'pages/activities/index',
    'pages/activity-detail/index',
    'pages/my-activities/index',
    'pages/competitions/index',
    'pages/competition-board/index',
    'pages/competition-event/index',
    'pages/competition-awards/index',
    'pages/suggestions/index',
    'pages/suggestion-claim/index',
    'pages/mine/index',
    'pages/bind/index',
    // 切换身份 feeds the local cloud's demo identities: the browser twin only, never a phone
    ...(process.env.TARO_ENV === 'h5' ? ['pages/switch-identity/index'] : []),
    'pages/greetings/index',
    'pages/greeting-card/index',
    'pages/my-care/index'
  ],
  subPackages: [
    {
      // officer and chair pages: most members never download them
      root: 'officer',
      pages: [
        'pages/notice-publish/index',
        'pages/notice-readers/index',
        'pages/workbench/index',
        'pages/members/index',
        'pages/import/index',
        'pages/suggestion-desk/index',
        'pages/suggestion-handle/index',
        'pages/suggestion-awards/index',
        'pages/greeting-calendar/index',
        'pages/greeting-templates/index',
        'pages/greeting-template/index',
        'pages/greeting-stats/index',
        'pages/competition-setup/index',
        'pages/competition-entries/index',
        'pages/competition-record/index',
        'pages/competition-review/index',
        'pages/competition-bracket/index',
        'pages/activity-edit/index',
        'pages/activity-roster/index',
        'pages/care/index',
        'pages/care-record/index',
        'pages/care-distribution/index',
        'pages/care-rules/index',
        'pages/care-hardship/index',
        'pages/report/index'
      ]
    },
    {
      // secret ballots. The blind-signature code (bn.js) is in the main package too: the 建议 tab takes
      // its tokens with it
      root: 'ballot',
      pages: ['pages/list/index', 'pages/vote/index', 'pages/results/index', 'pages/create/index', 'pages/nominate/index', 'pages/honour/index']
    },
    {
      // 教代会 and its 提案: members open it from 我的, the chair from the 工作台
      root: 'congress',
      pages: ['pages/meetings/index', 'pages/meeting/index', 'pages/proposal/index', 'pages/proposal-form/index', 'pages/meeting-create/index']
    }
  ],
  // H5 only (the mini-program slides natively): no slide between pages. Taro's router
  // (@tarojs/router 4.2.1, router/page.js) hides the page left behind on a timer 350 ms after
  // navigateTo (a tab page; ~50 ms for others), and showing it again does not cancel that timer:
  // back within it (a tap, a second tap) and the page shows blank. Without the slide the timer is
  // 0 ms, ahead of any back. Measured with
  // history.back() 50, 150 and 250 ms after opening 督导室: a blank screen each time.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: colors.bg,
    navigationBarBackgroundColor: colors.red,
    navigationBarTitleText: '工会助手',
    navigationBarTextStyle: 'white'
  },
  tabBar: {
    color: colors.muted,
    selectedColor: colors.red,
    backgroundColor: colors.card,
    borderStyle: 'black',
    list: [
      // icons with the words: a tab is found by its picture as much as its name (scripts/tabbar-icons.mjs draws them)
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-on.png' },
      { pagePath: 'pages/activities/index', text: '活动', iconPath: 'assets/tabbar/activity.png', selectedIconPath: 'assets/tabbar/activity-on.png' },
      { pagePath: 'pages/suggestions/index', text: '建议', iconPath: 'assets/tabbar/suggestion.png', selectedIconPath: 'assets/tabbar/suggestion-on.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-on.png' }
    ]
  }
})
