import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { verifyDraw } from '../../../types/draw'
import type { DrawInfo } from '../../../types/suggestion'
import { dayLabel } from '../../lib/suggestion-text'
import { Tag } from '../tag'
import './index.scss'

export interface DrawProofProps {
  draw: DrawInfo
  /** Every number on the month's board: the draw's input. */
  numbers: string[]
  /** Once the winners are out: 我中奖了，去认领, with the winning number when it is tapped. */
  onClaim?: (number?: string) => void
}

/** The drawn numbers; with onClaim, each one (and 我中奖了) opens 认领奖品. */
function Winners({ winners, onClaim }: { winners: string[]; onClaim?: (number?: string) => void }) {
  if (!onClaim) return <Text className='draw-proof__winners'>中奖号码：{winners.join('、')}</Text>
  return (
    <View className='draw-proof__winners'>
      <Text>中奖号码：</Text>
      {winners.map((n) => (
        <Text key={n} className='link draw-proof__number' onClick={() => onClaim(n)}>
          {n}
        </Text>
      ))}
      <Text className='link draw-proof__claim' onClick={() => onClaim()}>
        我中奖了，去认领 ›
      </Text>
    </View>
  )
}

/** What the check means, in one plain sentence for each state. */
function plainWords(revealed: boolean, verified: boolean): string {
  if (!revealed) return '抽奖规则月底前就已锁定，谁也改不了结果；月底之后揭晓，本页会在你的手机上自动核对。'
  if (verified) return '本页已在你的手机上按公开的规则重新算了一遍，结果和公布的一样，谁也没法事后改动。'
  return '本页重新算出的结果和公布的不一样，请联系工会核实。'
}

/**
 * The lucky draw, checked on this phone: SHA-256(secret) must equal the commitment published
 * beforehand, and ranking the month's numbers by HMAC-SHA256(secret, number) must give the winners.
 * Plain words first; the figures and the mathematics only behind 如何验证, for whoever wants them.
 */
export function DrawProof({ draw, numbers, onClaim }: DrawProofProps) {
  const [open, setOpen] = useState(false)
  const revealed = Boolean(draw.secret && draw.winners)
  const verified = revealed && verifyDraw({ commitment: draw.commitment, secret: draw.secret as string, count: draw.count, winners: draw.winners as string[] }, numbers)
  return (
    <View className='draw-proof'>
      <View className='draw-proof__head'>
        <Text className='draw-proof__title'>幸运抽奖 · {draw.count} 名</Text>
        {revealed && (
          <Tag tone={verified ? 'ok' : 'brand'} solid>
            {verified ? '已验证' : '验证失败'}
          </Tag>
        )}
      </View>
      {revealed && <Winners winners={draw.winners as string[]} onClaim={onClaim} />}
      <Text className='draw-proof__plain-title'>抽奖结果可验证</Text>
      <Text className='draw-proof__line'>{plainWords(revealed, verified)}</Text>
      <Text className='link draw-proof__toggle' onClick={() => setOpen(!open)}>
        {open ? '收起 ▴' : '如何验证 ▾'}
      </Text>
      {open && (
        <View className='draw-proof__maths'>
          <Text className='draw-proof__line'>
            {dayLabel(draw.committedOn)}公布的承诺值：{draw.commitment}
          </Text>
          {revealed && <Text className='draw-proof__line'>揭晓的密钥：{draw.secret}</Text>}
          <Text className='draw-proof__how'>
            算法：密钥的 SHA-256 须等于事先公布的承诺值；把本月全部号码按 HMAC-SHA256(密钥, 号码) 从小到大排列，前 {draw.count} 个中奖。本页用同一算法在手机上重新计算。
          </Text>
        </View>
      )}
    </View>
  )
}
