export default definePageConfig({
  navigationBarTitleText: '提案',
  enablePullDownRefresh: true,
  // 转发 on: a 代表 forwards the proposal into the staff group (useShare sets the card)
  enableShareAppMessage: true
})
