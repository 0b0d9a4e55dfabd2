export default definePageConfig({
  navigationBarTitleText: '召开教代会'
})
