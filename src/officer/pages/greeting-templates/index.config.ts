export default definePageConfig({
  navigationBarTitleText: '祝福模板'
})
