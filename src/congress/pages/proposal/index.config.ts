export default definePageConfig({
  navigationBarTitleText: '提案',
  enablePullDownRefresh: true
})
