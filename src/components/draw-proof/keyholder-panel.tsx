import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { sha256Hex } from '../../../types/draw'
import type { DrawInfo } from '../../../types/suggestion'
import { useAction, useMutation } from '../../hooks/use-action'
import { useMe } from '../../hooks/use-me'
import { newDrawSecret, saveDrawSecret, savedDrawSecret } from '../../lib/draw-secret'
import { SecretBox } from './secret-box'

export interface KeyholderPanelProps {
  month: string
  /** Called with the month's draw after this keyholder's commit or reveal. */
  onDraw: (draw: DrawInfo) => void
}

/**
 * 我的抽奖密钥, for the month's keyholders only (the server says who and what they may do now):
 * lock a new secret while the month is open (only its SHA-256 leaves the phone), reveal it after.
 */
export function KeyholderPanel({ month, onDraw }: KeyholderPanelProps) {
  const me = useMe()
  const holder = me.data?.member?.id ?? 'chair'
  const state = useAction('suggestion', 'keyholding', { month }, [month])
  const [typed, setTyped] = useState('')
  const saved = savedDrawSecret(month, holder)
  const commit = useMutation('suggestion', 'commitDraw')
  const reveal = useMutation('suggestion', 'reveal')
  const s = state.data
  if (!s?.mine || me.loading) return null
  const error = (commit.error ?? reveal.error)?.message

  const lock = async () => {
    const secret = saved || (await newDrawSecret())
    saveDrawSecret(month, secret, holder)
    const res = await commit.run({ month, commitment: sha256Hex(secret) })
    if (res.ok) onDraw(res.data)
    void state.reload()
  }
  const secret = (typed || saved).trim()
  const publish = async () => {
    const res = await reveal.run({ month, secret })
    if (res.ok) {
      Taro.showToast({ title: '已揭晓', icon: 'none' })
      onDraw(res.data)
    }
    void state.reload()
  }

  return (
    <View className='draw-key'>
      <Text className='draw-key__title'>我是{s.mine.role}，本月抽奖的密钥保管人</Text>
      <Text className='hint draw-key__why'>{s.why}</Text>
      {s.may === 'commit' && (
        <Button className='btn draw-key__lock' disabled={commit.running} onClick={lock}>
          生成密钥并锁定
        </Button>
      )}
      {s.mine.committed && !s.mine.revealed && saved && <SecretBox secret={saved} />}
      {s.may === 'reveal' && (
        <View>
          <Text className='hint draw-key__why'>{saved ? '这台手机存着你的密钥，核对无误后揭晓：' : '把当初存下的密钥粘贴进来：'}</Text>
          {(!saved || reveal.error) && <Textarea className='textarea draw-key__input' value={typed} placeholder='抽奖密钥' onInput={(e) => setTyped(e.detail.value)} />}
          <Button className='btn draw-key__reveal' disabled={!secret || reveal.running} onClick={publish}>
            揭晓我的密钥
          </Button>
        </View>
      )}
      {error && <Text className='error-text'>{error}</Text>}
    </View>
  )
}
