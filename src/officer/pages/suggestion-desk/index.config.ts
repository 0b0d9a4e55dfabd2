export default definePageConfig({
  navigationBarTitleText: '督导室'
})
