export default definePageConfig({
  navigationBarTitleText: '评奖与幸运抽奖'
})
