export default definePageConfig({
  navigationBarTitleText: '办理建议'
})
