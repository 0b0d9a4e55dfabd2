import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

export interface SecretBoxProps {
  secret: string
}

/** A keyholder's whole secret, to be copied off the phone: nobody else holds it, and the reveal needs it. */
export function SecretBox({ secret }: SecretBoxProps) {
  const copy = () => Taro.setClipboardData({ data: secret })
  return (
    <View className='draw-key__secret-box'>
      <Text className='draw-key__secret-label'>我的抽奖密钥（只在这台手机上）</Text>
      <Text className='draw-key__secret' selectable>
        {secret}
      </Text>
      <Button className='btn btn--small draw-key__copy' onClick={copy}>
        复制
      </Button>
      <Text className='hint draw-key__hint'>月底之后揭晓要用这串密钥，服务器上没有它。请点「复制」，粘贴到微信「文件传输助手」或手机备忘录里存好，不要发给别人；换了手机就用存好的这串揭晓。</Text>
    </View>
  )
}
