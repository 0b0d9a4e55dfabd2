export default definePageConfig({
  // 转发 on: a member forwards the open ballot into the staff group (useShare sets the card)
  enableShareAppMessage: true,
  navigationBarTitleText: '投票'
})
