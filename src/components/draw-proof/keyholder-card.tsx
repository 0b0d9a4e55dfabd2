import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { sha256Hex } from '../../../types/draw'
import { useMe } from '../../hooks/use-me'
import { newDrawSecret, saveDrawSecret, savedDrawSecret } from '../../lib/draw-secret'
import { SecretBox } from './secret-box'
import './index.scss'

/** What the server says the caller, as a keyholder, may do now (suggestion.keyholding, activity.keyholding). */
export interface KeyholdingView {
  mine?: { role: string; committed: boolean; revealed: boolean }
  may: 'commit' | 'reveal' | 'wait' | 'none'
  why: string
}

export interface KeyholderCardProps {
  /** 本月抽奖 / 本次抽签 */
  what: string
  /** drawScope.month(…) or drawScope.activity(…): where this phone keeps the secret */
  scope: string
  state: KeyholdingView | undefined
  /** Locks SHA-256 of the secret on the server; answers whether it was taken. */
  commit: (commitment: string) => Promise<boolean>
  /** Publishes the secret after the close; answers whether it was taken. */
  reveal: (secret: string) => Promise<boolean>
  running: boolean
  error?: string
}

/**
 * 我的密钥, for a draw's keyholders only (the server says who and what they may do now): lock a new
 * secret before the close (only its SHA-256 leaves the phone), reveal it after.
 */
export function KeyholderCard({ what, scope, state: s, commit, reveal, running, error }: KeyholderCardProps) {
  const me = useMe()
  const holder = me.data?.member?.id ?? 'chair'
  const [typed, setTyped] = useState('')
  if (!s?.mine || me.loading) return null
  const saved = savedDrawSecret(scope, holder)

  const lock = async () => {
    const secret = saved || (await newDrawSecret())
    saveDrawSecret(scope, secret, holder)
    await commit(sha256Hex(secret))
  }
  const secret = (typed || saved).trim()
  const publish = async () => {
    if (await reveal(secret)) Taro.showToast({ title: '已揭晓', icon: 'none' })
  }

  return (
    <View className='draw-key'>
      <Text className='draw-key__title'>
        我是{s.mine.role}，{what}的密钥保管人
      </Text>
      <Text className='hint draw-key__why'>{s.why}</Text>
      {s.may === 'commit' && (
        <Button className='btn draw-key__lock' disabled={running} onClick={lock}>
          生成密钥并锁定
        </Button>
      )}
      {s.mine.committed && !s.mine.revealed && saved && <SecretBox secret={saved} />}
      {s.may === 'reveal' && (
        <View>
          <Text className='hint draw-key__why'>{saved ? '这台手机存着你的密钥，核对无误后揭晓：' : '把当初存下的密钥粘贴进来：'}</Text>
          {(!saved || error) && <Textarea className='textarea draw-key__input' value={typed} placeholder='抽奖密钥' onInput={(e) => setTyped(e.detail.value)} />}
          <Button className='btn draw-key__reveal' disabled={!secret || running} onClick={publish}>
            揭晓我的密钥
          </Button>
        </View>
      )}
      {error && <Text className='error-text'>{error}</Text>}
    </View>
  )
}
