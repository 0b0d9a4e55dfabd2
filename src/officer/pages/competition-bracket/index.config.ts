export default definePageConfig({
  navigationBarTitleText: '对阵与比分'
})
