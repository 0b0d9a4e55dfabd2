export default definePageConfig({
  navigationBarTitleText: '获奖名单'
})
