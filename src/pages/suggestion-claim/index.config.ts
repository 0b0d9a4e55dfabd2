export default definePageConfig({
  navigationBarTitleText: '认领奖品'
})
