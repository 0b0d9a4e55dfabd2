import { Text, View } from '@tarojs/components'
import { lockedParts, verifyKeyedDraw } from '../../../types/draw'
import type { DrawInfo, Keyholder } from '../../../types/suggestion-draw'
import { dayLabel } from '../../lib/suggestion-text'

type State = 'open' | 'waiting' | 'verified' | 'failed' | 'void'

/** Where a keyed draw stands, checked on this phone: every reveal against its commitment, the list against its hash, the winners recomputed. */
export function keyedState(d: DrawInfo): State {
  if (d.voidReason) return 'void'
  if (!d.eligible) return 'open'
  if (!d.winners) return 'waiting'
  return verifyKeyedDraw({ parts: lockedParts(d.keyholders), eligible: d.eligible, eligibleHash: d.eligibleHash ?? '', count: d.count, winners: d.winners }) ? 'verified' : 'failed'
}

/** One plain sentence for each state. */
export function keyedWords(d: DrawInfo, state: State): string {
  const roles = (d.keyholders ?? []).map((k) => k.role).join('和')
  if (state === 'void') return d.voidReason as string
  if (state === 'open') return `中奖号码由${roles}各自锁定的密钥共同决定：谁一个人都算不出、也改不了结果。月底之后各自揭晓，本页会在你的手机上自动核对。`
  if (state === 'waiting') return `参加抽奖的 ${d.eligible?.length ?? 0} 个号码已在月底锁定。保管人在${dayLabel(d.revealBy as string)}前揭晓密钥后，本页会自动核对。`
  if (state === 'verified') return '本页已在你的手机上按公开的规则重新算了一遍，结果和公布的一样；任何一位保管人都没法一个人决定结果。'
  return '本页重新算出的结果和公布的不一样，请联系工会核实。'
}

/** A keyholder in plain words: locked when, revealed when (or replaced by the public stand-in). */
function status(k: Keyholder, drawn: boolean): string {
  if (!k.commitment) return drawn ? '月底前没有锁定，不参加' : '还没有锁定密钥'
  const locked = `${dayLabel(k.committedOn as string)}已锁定`
  if (k.secret) return `${locked} · ${dayLabel(k.revealedOn as string)}已揭晓`
  return drawn ? `${locked} · 未揭晓，按规则用公开替代值` : `${locked} · 待揭晓`
}

export function KeyholderRows({ draw }: { draw: DrawInfo }) {
  const drawn = Boolean(draw.drawnOn)
  return (
    <View className='draw-proof__keys'>
      {(draw.keyholders ?? []).map((k, i) => (
        <View key={i} className='draw-proof__key'>
          <Text className='draw-proof__key-role'>{k.name ? `${k.role} ${k.name}` : k.role}</Text>
          <Text className='draw-proof__key-status'>{status(k, drawn)}</Text>
        </View>
      ))}
    </View>
  )
}

/** The figures, for whoever wants to check by hand. */
export function KeyedMaths({ draw }: { draw: DrawInfo }) {
  return (
    <View className='draw-proof__maths'>
      {(draw.keyholders ?? []).map((k, i) => (
        <Text key={i} className='draw-proof__line'>
          {k.role}的承诺值：{k.commitment ?? '（未锁定）'}
          {k.secret ? `；揭晓的密钥：${k.secret}` : ''}
        </Text>
      ))}
      {draw.eligible && (
        <Text className='draw-proof__line'>
          参加抽奖的号码（{draw.eligible.length} 个）：{draw.eligible.join('、')}；名单指纹：{draw.eligibleHash}
        </Text>
      )}
      {draw.eligibleRule && <Text className='draw-proof__line'>谁参加：{draw.eligibleRule}</Text>}
      <Text className='draw-proof__how'>
        算法：每位保管人的密钥的 SHA-256 须等于他事先锁定的承诺值；种子 = SHA-256("union-draw-v2"、名单指纹、各保管人的密钥依次换行相接)，揭晓期后仍未揭晓的，用
        SHA-256("stand-in"、他的承诺值、名单指纹) 代替；把名单上的号码按 HMAC-SHA256(种子, 号码) 从小到大排列，前 {draw.count} 个中奖。本页用同一算法在手机上重新计算。
      </Text>
    </View>
  )
}
