import { colors } from '../../lib/theme'

export default definePageConfig({
  navigationBarTitleText: '贺卡',
  navigationBarBackgroundColor: colors.redDark
})
