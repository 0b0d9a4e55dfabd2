export default definePageConfig({
  navigationBarTitleText: '项目成绩',
  enablePullDownRefresh: true
})
