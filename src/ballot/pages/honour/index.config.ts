export default definePageConfig({
  navigationBarTitleText: '评优推荐'
})
