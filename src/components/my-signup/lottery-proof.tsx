import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { LotteryProof } from '../../../types/activity'
import { lockedParts } from '../../../types/draw'
import { verifyLottery } from '../../../types/lottery'
import { shortWhen } from '../../lib/beijing'
import { Tag } from '../tag'
import { LotteryKeys } from './lottery-keys'
import '../draw-proof/index.scss'

export interface LotteryProofViewProps {
  activityId: string
  draw: LotteryProof
  /** The caller's 抽签号, to find themselves in the result. */
  ticket?: string
  /** Sign-up has closed (the activity's phase). */
  closed: boolean
  /** The caller is the chair, who names the keyholders. */
  chair: boolean
  onChange: () => void
}

/** The draw recomputed on this phone: every revealed secret matches its commitment and the allocation is the same. */
export function lotteryVerified(d: LotteryProof): boolean {
  if (!d.secret || !d.entrants || !d.rules || !d.winners || !d.waitlist) return false
  return verifyLottery({ commitment: d.commitment, secret: d.secret, keys: lockedParts(d.keyholders), entrants: d.entrants, rules: d.rules, winners: d.winners, waitlist: d.waitlist })
}

const priorityText = (n?: number) => (n ? `近 ${n} 次抽签活动中报了名却一次也没抽中的会员优先，其余按抽签顺序。` : '')

/**
 * 抽签可验证, in the look of the suggestion box's draw (components/draw-proof): plain words first,
 * the figures and the algorithm behind 如何验证.
 */
export function LotteryProofView({ activityId, draw: d, ticket, closed, chair, onChange }: LotteryProofViewProps) {
  const [open, setOpen] = useState(false)
  const drawn = Boolean(d.secret && d.winners)
  const ok = drawn && lotteryVerified(d)
  const roles = (d.keyholders ?? []).map((k) => k.role).join('和')
  const plain = !drawn
    ? roles
      ? `抽签结果由系统在发布活动时锁定的密钥和${roles}各自锁定的密钥共同决定：报名截止后各自揭晓再抽签，谁一个人都算不出、也改不了结果；抽签后本页会在你的手机上自动核对。`
      : '抽签规则在发布活动时就已锁定（下面的承诺值），报名截止后才抽签，谁也改不了结果；抽签后本页会在你的手机上自动核对。'
    : ok
      ? '本页已在你的手机上按公开的规则重新抽了一遍，结果和公布的一样，谁也没法事后改动。'
      : '本页重新算出的结果和公布的不一样，请联系工会核实。'
  return (
    <View className='draw-proof lottery-proof'>
      <View className='draw-proof__head'>
        <Text className='draw-proof__title'>抽签{drawn ? ` · ${d.winners?.length} 人抽中，${d.waitlist?.length} 人候补` : ' · 报名截止后进行'}</Text>
        {drawn && (
          <Tag tone={ok ? 'ok' : 'brand'} solid>
            {ok ? '已验证' : '验证失败'}
          </Tag>
        )}
      </View>
      {ticket && <Text className='draw-proof__winners'>你的抽签号：{ticket}</Text>}
      {d.priorityLastN && <Text className='draw-proof__line'>{priorityText(d.priorityLastN)}</Text>}
      <Text className='draw-proof__line'>{plain}</Text>
      {!drawn && closed && d.ready && <Text className='draw-proof__line lottery-proof__ready'>{d.ready.why}</Text>}
      <LotteryKeys activityId={activityId} draw={d} closed={closed} chair={chair} onChange={onChange} />
      <Text className='link draw-proof__toggle' onClick={() => setOpen(!open)}>
        {open ? '收起 ▴' : '如何验证 ▾'}
      </Text>
      {open && (
        <View className='draw-proof__maths'>
          <Text className='draw-proof__line'>
            {shortWhen(d.committedAt)}公布的系统承诺值：{d.commitment}
          </Text>
          {drawn && <Text className='draw-proof__line'>系统揭晓的密钥：{d.secret}</Text>}
          {(d.keyholders ?? []).map((k, i) => (
            <Text key={i} className='draw-proof__line'>
              {k.role}的承诺值：{k.commitment ?? '（未锁定）'}
              {k.secret ? `；揭晓的密钥：${k.secret}` : ''}
            </Text>
          ))}
          {drawn && <Text className='draw-proof__line'>报名名单摘要：{d.digest}</Text>}
          {drawn && d.drawnAt && (
            <Text className='draw-proof__line'>
              {shortWhen(d.drawnAt)} 由{d.drawnBy || '工会'}抽签，中签号：{d.winners?.join('、')}
            </Text>
          )}
          <Text className='draw-proof__how'>
            算法：每个密钥的 SHA-256 须等于事先公布的承诺值；报名截止时把全部报名（抽签号、部门、人数、是否优先）按抽签号排好，算出它的 SHA-256 作为摘要；有保管人锁定密钥时，钥匙 =
            SHA-256("union-draw-v2"、摘要、系统密钥、各保管人的密钥依次换行相接)，揭晓期后仍未揭晓的用 SHA-256("stand-in"、他的承诺值、摘要) 代替；没有保管人时钥匙 = “系统密钥:摘要”。按
            HMAC-SHA256(钥匙, 抽签号) 从小到大排序（优先的排前面），依次分配名额，名额或部门名额不够的进入候补。本页用同一算法在手机上重新计算。
          </Text>
        </View>
      )}
    </View>
  )
}
