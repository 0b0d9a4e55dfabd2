export default definePageConfig({
  navigationBarTitleText: '福利发放',
  enablePullDownRefresh: true
})
