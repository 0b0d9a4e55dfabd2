export default definePageConfig({
  navigationBarTitleText: '贺卡',
  navigationBarBackgroundColor: '#a30f15'
})
