export default definePageConfig({
  // 转发 on: members forward it into the staff group (useShare sets the card)
  enableShareAppMessage: true,
  navigationBarTitleText: '实时成绩'
})
