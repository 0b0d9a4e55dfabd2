import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { openBind, routeOf } from '../../lib/bind-route'
import { EmptyState } from '../empty-state'
import './index.scss'

export interface BindPromptProps {
  /** What binding opens here, e.g. 绑定后查看通知. */
  title?: string
  /** Where 绑定 returns to; defaults to this page with its query. Tab pages pass their own path. */
  back?: string
  className?: string
}

/**
 * What a phone bound to no member sees instead of a page (or a form) it cannot use: why, and 去绑定,
 * which returns here once bound. Nothing to fill in before it.
 */
export function BindPrompt({ title = '绑定会员身份后使用', back, className }: BindPromptProps) {
  const router = useRouter()
  const target = back ?? routeOf(router?.path, router?.params)
  return (
    <View className={['bind-prompt', className].filter(Boolean).join(' ')}>
      <EmptyState icon='绑' title={title} description='请用工会主席发给你的邀请码绑定会员身份，绑定后回到这一页。' actionText='去绑定' onAction={() => openBind(target)} />
      {process.env.TARO_ENV === 'h5' && (
        // the browser twin: a visitor may rather act as a demo member
        <Text className='link bind-prompt__switch' onClick={() => Taro.navigateTo({ url: '/pages/switch-identity/index' })}>
          本地预览：切换身份 ›
        </Text>
      )}
    </View>
  )
}
