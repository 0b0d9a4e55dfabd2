import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { ClaimOutput } from '../../../types/suggestion'
import { BindPrompt } from '../../components/bind-prompt'
import { Card } from '../../components/card'
import { LoadState } from '../../components/load-state'
import { useMutation } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { decoded, isNotBound } from '../../lib/bind-route'
import { myNumbers } from '../../services/my-numbers'
import './index.scss'

/** The claim code this phone kept for number (submitted here), if any. */
const keptCode = (number: string) => myNumbers().find((m) => m.number === number.trim().toUpperCase())?.claimCode

/**
 * 认领奖品: number + claim code, typed on any phone (or filled in from this phone's 我的号码). Only the
 * code proves the number; nothing about the claimer is stored.
 */
export default function SuggestionClaim() {
  const initial = decoded(useRouter().params.number ?? '').toUpperCase()
  const me = useMe()
  const [number, setNumber] = useState(initial)
  const [code, setCode] = useState(() => keptCode(initial) ?? '')
  const claim = useMutation('suggestion', 'claim')
  const typeNumber = (value: string) => {
    setNumber(value)
    // a number this phone submitted: its code is here already
    const kept = keptCode(value)
    if (kept) setCode(kept)
  }
  const [done, setDone] = useState<ClaimOutput>()
  const send = async () => {
    const res = await claim.run({ number, claimCode: code })
    if (res.ok) setDone(res.data)
  }
  if (me.loading && !me.data && !me.error) return <LoadState loading />
  // an unbound phone could not send a claim: bind first, nothing typed in vain
  if (isNotBound(me.error) || me.data?.role === 'none') {
    return (
      <View className='page suggestion-claim'>
        <Card>
          <BindPrompt title='绑定后认领奖品' />
        </Card>
      </View>
    )
  }
  if (done) {
    const prize = [done.prize, done.lucky ? '幸运奖' : undefined].filter(Boolean).join('、')
    return (
      <View className='page suggestion-claim'>
        <Card title='认领成功'>
          <Text className='suggestion-claim__big'>
            {done.number} · {prize}
          </Text>
          <Text className='hint'>请带上本页（或号码和领奖码）到工会办公室领奖。只有你决定去领奖时，工会才会知道这个号码是谁的。</Text>
        </Card>
      </View>
    )
  }
  return (
    <View className='page suggestion-claim'>
      <Card title='号码'>
        <Input className='input suggestion-claim__number' value={number} placeholder='例如 2611-K7Q3' onInput={(e) => typeNumber(e.detail.value)} />
      </Card>
      <Card title='领奖码'>
        <Input className='input suggestion-claim__code' value={code} placeholder='提交建议时显示的 8 位领奖码' onInput={(e) => setCode(e.detail.value)} />
        <Text className='hint suggestion-claim__hint'>在本机提交的号码会自动填好领奖码；换了手机，照抄下来的领奖码输入即可。</Text>
      </Card>
      {claim.error && <Text className='error-text suggestion-claim__error'>{claim.error.message}</Text>}
      <Button className='btn' disabled={!number.trim() || !code.trim() || claim.running} onClick={send}>
        {claim.running ? '认领中…' : '认领'}
      </Button>
    </View>
  )
}
