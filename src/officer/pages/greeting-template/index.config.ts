export default definePageConfig({
  navigationBarTitleText: '编辑祝福语'
})
