export default definePageConfig({
  navigationBarTitleText: '慰问标准'
})
