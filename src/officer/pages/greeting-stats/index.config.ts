export default definePageConfig({
  navigationBarTitleText: '祝福统计'
})
