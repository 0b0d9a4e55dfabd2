import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { sha256Hex } from '../../../../types/draw'
import type { BoardOutput } from '../../../../types/suggestion'
import { Card } from '../../../components/card'
import { DrawProof } from '../../../components/draw-proof'
import { Field } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { newDrawSecret, saveDrawSecret, savedDrawSecret } from '../../../lib/draw-secret'
import { beijingMonth } from '../../../lib/suggestion-text'

export interface LuckyDrawProps {
  month: string
  board: BoardOutput
  onChange: () => void
}

/** The whole secret, to be copied off the phone by hand: nobody else holds it, and the reveal needs it. */
function SecretBox({ secret }: { secret: string }) {
  const copy = () => Taro.setClipboardData({ data: secret })
  return (
    <View className='awards__secret-box'>
      <Text className='awards__secret-label'>抽奖密钥（只在这台手机上）</Text>
      <Text className='awards__secret' selectable>
        {secret}
      </Text>
      <Button className='btn btn--small awards__copy' onClick={copy}>
        复制
      </Button>
      <Text className='hint awards__secret-hint'>月底之后揭晓抽奖要用这串密钥，服务器上没有它，丢了就不能揭晓。请点「复制」，粘贴到微信「文件传输助手」或手机备忘录里存好，不要发给别人。</Text>
    </View>
  )
}

/**
 * Commit while the month is open (only the secret's SHA-256 leaves this phone; the secret itself is
 * sent once, by the reveal), reveal once it has closed. The board re-runs the draw on every phone.
 */
export function LuckyDraw({ month, board, onChange }: LuckyDrawProps) {
  const [count, setCount] = useState('1')
  const [secret, setSecret] = useState(() => savedDrawSecret(month))
  const commit = useMutation('suggestion', 'commitDraw')
  const reveal = useMutation('suggestion', 'draw')
  const open = month >= beijingMonth()
  const draw = board.draw
  const error = (commit.error ?? reveal.error)?.message
  const numbers = board.items.map((i) => i.number)

  const publishCommitment = async () => {
    const s = await newDrawSecret()
    saveDrawSecret(month, s)
    setSecret(s)
    const res = await commit.run({ month, commitment: sha256Hex(s), count: Number(count) })
    if (res.ok) onChange()
  }
  const publishResult = async () => {
    const res = await reveal.run({ month, secret: secret.trim() })
    if (res.ok) {
      Taro.showToast({ title: '已揭晓', icon: 'none' })
      onChange()
    }
  }

  return (
    <Card title='幸运抽奖' extra='结果可验证'>
      {draw?.drawnOn && <DrawProof draw={draw} numbers={numbers} />}
      {!draw && open && (
        <View>
          <Text className='hint'>月底前先锁定抽奖：本机生成一串抽奖密钥留在手机上，只把它的“指纹”公布出去，月底之后再用密钥揭晓，谁也改不了结果。</Text>
          <Field inline label='名额'>
            <Input className='input awards__count-input' type='number' value={count} onInput={(e) => setCount(e.detail.value)} />
          </Field>
          <Button className='btn' disabled={commit.running} onClick={publishCommitment}>
            生成密钥并锁定抽奖
          </Button>
        </View>
      )}
      {!draw && !open && <Text className='hint'>这个月结束前没有锁定抽奖，不能再抽奖。</Text>}
      {draw && !draw.drawnOn && (
        <View>
          <DrawProof draw={draw} numbers={numbers} />
          {open && secret && <SecretBox secret={secret} />}
          {open && !secret && <Text className='hint awards__secret-hint'>密钥保存在锁定抽奖的那台手机上。月底之后在那台手机上揭晓，或把当初存下的密钥粘贴进来。</Text>}
          {!open && (
            <View>
              <Text className='hint awards__secret-hint'>{secret ? '本机存着当初的密钥，核对无误后揭晓：' : '把当初存下的密钥粘贴进来：'}</Text>
              <Textarea className='textarea awards__secret-input' value={secret} placeholder='抽奖密钥' onInput={(e) => setSecret(e.detail.value)} />
              <Button className='btn awards__reveal' disabled={!secret.trim() || reveal.running} onClick={publishResult}>
                揭晓并公布
              </Button>
            </View>
          )}
        </View>
      )}
      {error && <Text className='error-text'>{error}</Text>}
    </Card>
  )
}
