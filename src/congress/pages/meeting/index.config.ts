export default definePageConfig({
  navigationBarTitleText: '教代会',
  enablePullDownRefresh: true
})
