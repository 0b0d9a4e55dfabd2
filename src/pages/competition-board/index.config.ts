export default definePageConfig({
  navigationBarTitleText: '实时成绩'
})
