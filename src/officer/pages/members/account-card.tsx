import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MemberListItem } from '../../../../types/member'
import { Card } from '../../../components/card'
import { confirm, inform } from '../../../components/confirm'
import { useMutation } from '../../../hooks/use-action'
import { beijingTime } from '../../../lib/beijing'

export interface AccountCardProps {
  member: MemberListItem
  onChanged: (next: MemberListItem) => void
}

/** 邀请码与绑定: a bound phone can be unbound (a new phone); an unused code can be replaced. Either way a fresh code is shown to copy. */
export function AccountCard({ member, onChanged }: AccountCardProps) {
  // the code the last reset or unbind made: shown here once, big, with 复制
  const [fresh, setFresh] = useState<string>()
  const reset = useMutation('member', 'resetInvite')
  const unbind = useMutation('member', 'unbind')
  const copy = (code: string) => () => Taro.setClipboardData({ data: code })

  const resetCode = async () => {
    if (!(await confirm({ title: '重置邀请码？', content: `${member.name}现在的邀请码 ${member.inviteCode} 将立即失效，换成一个新的。`, confirmText: '重置' }))) return
    const res = await reset.run({ memberId: member.id, replaces: member.inviteCode })
    if (!res.ok) return void inform({ title: '没有重置', content: res.error.message })
    setFresh(res.data.inviteCode)
    onChanged({ ...member, inviteCode: res.data.inviteCode })
  }
  const unbindPhone = async () => {
    const ok = await confirm({
      title: `解除${member.name}的绑定？`,
      content: '用于换了手机：旧手机将不能再使用会员功能，同时生成一个新邀请码，用新手机输入即可重新绑定。',
      confirmText: '解除'
    })
    if (!ok) return
    const res = await unbind.run({ memberId: member.id })
    if (!res.ok) return void inform({ title: '没有解除', content: res.error.message })
    setFresh(res.data.inviteCode)
    onChanged({ ...res.data.member, inviteCode: res.data.inviteCode })
  }

  return (
    <Card title='邀请码与绑定'>
      {fresh && (
        <View className='members__fresh'>
          <Text className='hint'>新邀请码（旧的已失效），请发给{member.name}：</Text>
          <Text className='members__fresh-code'>{fresh}</Text>
          <Button className='btn btn--small' onClick={copy(fresh)}>
            复制
          </Button>
        </View>
      )}
      {member.bound ? (
        <View className='members__account'>
          <Text>已绑定微信{member.boundAt ? `（${beijingTime(member.boundAt)}）` : ''}</Text>
          <Text className='hint'>换了手机、微信号？先解除绑定，再用新邀请码绑定新手机。</Text>
          <Button className='btn btn--ghost' disabled={unbind.running} onClick={unbindPhone}>
            {unbind.running ? '解除中…' : '解除绑定'}
          </Button>
        </View>
      ) : (
        <View className='members__account'>
          {!fresh && member.inviteCode && (
            <View className='members__code-row'>
              <Text>
                邀请码 <Text className='members__code'>{member.inviteCode}</Text>
              </Text>
              <Button className='btn btn--small btn--ghost' onClick={copy(member.inviteCode)}>
                复制
              </Button>
            </View>
          )}
          <Text className='hint'>还没有绑定。邀请码发错了人或丢了，可以重置，旧的立即失效。</Text>
          <Button className='btn btn--ghost' disabled={reset.running} onClick={resetCode}>
            {reset.running ? '重置中…' : '重置邀请码'}
          </Button>
        </View>
      )}
    </Card>
  )
}
