import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { verifyDraw } from '../../../types/draw'
import type { DrawInfo } from '../../../types/suggestion'
import { dayLabel } from '../../lib/suggestion-text'
import { Tag } from '../tag'
import { KeyedMaths, KeyholderRows, keyedState, keyedWords } from './keyed'
import { KeyholderPanel } from './keyholder-panel'
import './index.scss'

export interface DrawProofProps {
  draw: DrawInfo
  /** Every number on the month's board: the input of a draw from before keyholders (a keyed draw carries its own list). */
  numbers: string[]
  /** The draw's month: with it, the month's keyholders also get their own key's panel here. */
  month?: string
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

/** A draw from before keyholders, by the chair's one secret. */
function legacyState(draw: DrawInfo, numbers: string[]) {
  if (!draw.secret || !draw.winners) return { state: 'open' as const, words: '抽奖规则月底前就已锁定，谁也改不了结果；月底之后揭晓，本页会在你的手机上自动核对。' }
  const ok = verifyDraw({ commitment: draw.commitment ?? '', secret: draw.secret, count: draw.count, winners: draw.winners }, numbers)
  return ok
    ? { state: 'verified' as const, words: '本页已在你的手机上按公开的规则重新算了一遍，结果和公布的一样，谁也没法事后改动。' }
    : { state: 'failed' as const, words: '本页重新算出的结果和公布的不一样，请联系工会核实。' }
}

/**
 * The lucky draw, checked on this phone. A keyed draw: each keyholder's commitment and reveal by role,
 * the eligible list fixed at the close, and the winners recomputed from them; an older draw: the
 * chair's secret against her commitment. Plain words first; the figures only behind 如何验证.
 */
export function DrawProof({ draw: given, numbers, month, onClaim }: DrawProofProps) {
  const [open, setOpen] = useState(false)
  // the keyholder's own commit or reveal answers the month's draw: shown at once, without reloading the board
  const [latest, setLatest] = useState<{ from: DrawInfo; draw: DrawInfo }>()
  // until the board reloads: a new board brings a new draw object, which then wins
  const draw = latest?.from === given ? latest.draw : given
  const keyed = Boolean(draw.keyholders)
  const { state, words } = keyed ? { state: keyedState(draw), words: '' } : legacyState(draw, numbers)
  const plain = keyed ? keyedWords(draw, state) : words
  return (
    <View className='draw-proof'>
      <View className='draw-proof__head'>
        <Text className='draw-proof__title'>幸运抽奖 · {draw.count} 名</Text>
        {(state === 'verified' || state === 'failed') && (
          <Tag tone={state === 'verified' ? 'ok' : 'brand'} solid>
            {state === 'verified' ? '已验证' : '验证失败'}
          </Tag>
        )}
        {state === 'void' && <Tag tone='neutral'>本月不抽奖</Tag>}
      </View>
      {draw.winners && state !== 'void' && <Winners winners={draw.winners} onClaim={onClaim} />}
      <Text className='draw-proof__plain-title'>抽奖结果可验证</Text>
      <Text className='draw-proof__line'>{plain}</Text>
      {keyed && <KeyholderRows draw={draw} />}
      {keyed && month && <KeyholderPanel month={month} onDraw={(d) => setLatest({ from: given, draw: d })} />}
      <Text className='link draw-proof__toggle' onClick={() => setOpen(!open)}>
        {open ? '收起 ▴' : '如何验证 ▾'}
      </Text>
      {open && keyed && <KeyedMaths draw={draw} />}
      {open && !keyed && (
        <View className='draw-proof__maths'>
          <Text className='draw-proof__line'>
            {dayLabel(draw.committedOn as string)}公布的承诺值：{draw.commitment}
          </Text>
          {draw.secret && <Text className='draw-proof__line'>揭晓的密钥：{draw.secret}</Text>}
          <Text className='draw-proof__how'>
            算法：密钥的 SHA-256 须等于事先公布的承诺值；把本月全部号码按 HMAC-SHA256(密钥, 号码) 从小到大排列，前 {draw.count} 个中奖。本页用同一算法在手机上重新计算。
          </Text>
        </View>
      )}
    </View>
  )
}
