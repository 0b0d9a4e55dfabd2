export default definePageConfig({
  navigationBarTitleText: '祝福日历'
})
