import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { Member } from '../../../types/member'
import { Card } from '../../components/card'
import { useMutation } from '../../hooks/use-action'
import { returnAfterBind } from '../../lib/bind-route'
import './index.scss'

/** 绑定: one invite code ties this WeChat to one member, once; then back to the page that asked (`back`). */
export default function Bind() {
  const back = useRouter().params.back
  const [code, setCode] = useState('')
  const [bound, setBound] = useState<Member>()
  const { run, running, error } = useMutation('member', 'bind')

  const submit = async () => {
    const res = await run({ inviteCode: code })
    if (!res.ok) return
    setBound(res.data.member)
    Taro.showToast({ title: '绑定成功', icon: 'success' })
    // the page asked from opens afresh (or, a tab, reloads when shown); without one, 我的 greets the member by name
    returnAfterBind(back)
  }

  return (
    <View className='page bind'>
      <Card>
        <Text className='bind__title'>输入邀请码</Text>
        <Text className='hint'>邀请码是 8 位字母和数字（不含容易看混的 0、O、1、I、L），由工会主席发给每位会员，只能用一次。</Text>
        <Input className='input bind__input' value={code} placeholder='例如 K7M2Q9XA' maxlength={12} onInput={(e) => setCode(e.detail.value)} onConfirm={submit} />
        {error && <Text className='error-text bind__error'>{error.message}</Text>}
        {error?.code === 'CONFLICT' && (
          // already bound (this WeChat or this code): nothing to retry here, 我的 shows who they are
          <Text className='link bind__link' onClick={() => Taro.switchTab({ url: '/pages/mine/index' })}>
            去“我的”看看 ›
          </Text>
        )}
        {bound && <Text className='bind__ok'>绑定成功，欢迎你，{bound.name}</Text>}
        <Button className='btn bind__submit' disabled={running || !code.trim()} loading={running} onClick={submit}>
          绑定
        </Button>
      </Card>
    </View>
  )
}
