export default definePageConfig({
  navigationBarTitleText: '工会助手',
  enablePullDownRefresh: true
})
