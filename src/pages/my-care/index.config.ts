export default definePageConfig({
  navigationBarTitleText: '工会关怀',
  enablePullDownRefresh: true
})
