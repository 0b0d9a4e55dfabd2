import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
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

/**
 * Commit while the month is open (only SHA-256 of a secret made on this phone leaves it), reveal
 * once it has closed. The board re-runs the draw on every member's phone.
 */
export function LuckyDraw({ month, board, onChange }: LuckyDrawProps) {
  const [count, setCount] = useState('1')
  const [secret, setSecret] = useState(() => savedDrawSecret(month))
  const commit = useMutation('suggestion', 'commitDraw')
  const reveal = useMutation('suggestion', 'draw')
  const open = month >= beijingMonth()
  const draw = board.draw
  const error = (commit.error ?? reveal.error)?.message

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
    <Card title='幸运抽奖' extra='可验证'>
      {draw?.drawnOn && <DrawProof draw={draw} numbers={board.items.map((i) => i.number)} />}
      {!draw && open && (
        <View>
          <Text className='hint'>月底前公布承诺值：本机生成密钥并保存，服务器只收到密钥的 SHA-256。</Text>
          <Field inline label='名额'>
            <Input className='input awards__count-input' type='number' value={count} onInput={(e) => setCount(e.detail.value)} />
          </Field>
          <Button className='btn' disabled={commit.running} onClick={publishCommitment}>
            生成密钥并公布承诺
          </Button>
        </View>
      )}
      {!draw && !open && <Text className='hint'>这个月结束前没有公布抽奖承诺，不能再抽奖。</Text>}
      {draw && !draw.drawnOn && (
        <View>
          <DrawProof draw={draw} numbers={board.items.map((i) => i.number)} />
          <Text className='hint awards__secret-hint'>{open ? '月底之后用这个密钥揭晓，请另外抄存一份：' : '填入当初保存的密钥揭晓：'}</Text>
          <Input className='input awards__secret' value={secret} placeholder='抽奖密钥' onInput={(e) => setSecret(e.detail.value)} />
          {!open && (
            <Button className='btn awards__reveal' disabled={!secret.trim() || reveal.running} onClick={publishResult}>
              揭晓并公布
            </Button>
          )}
        </View>
      )}
      {error && <Text className='error-text'>{error}</Text>}
    </Card>
  )
}
