export default definePageConfig({
  navigationBarTitleText: '祝福',
  enablePullDownRefresh: true
})
