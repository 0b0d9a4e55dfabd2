export default definePageConfig({
  navigationBarTitleText: '登记慰问'
})
