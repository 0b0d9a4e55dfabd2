import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { LotteryProof, PublicKeyholder } from '../../../types/activity'
import { useAction, useMutation } from '../../hooks/use-action'
import { shortWhen } from '../../lib/beijing'
import { drawScope } from '../../lib/draw-secret'
import { KeyholderCard } from '../draw-proof/keyholder-card'
import { KeyholderPicker } from '../draw-proof/keyholder-picker'

export interface LotteryKeysProps {
  activityId: string
  draw: LotteryProof
  /** Sign-up has closed (the activity's phase, from the server). */
  closed: boolean
  /** The caller is the chair: she names the keyholders. */
  chair: boolean
  onChange: () => void
}

/** A keyholder in plain words: locked when, revealed when (or replaced by the public stand-in). */
function status(k: PublicKeyholder, closed: boolean, drawn: boolean): string {
  if (!k.commitment) return closed ? '截止前没有锁定，不参加' : '还没有锁定密钥'
  const locked = `${shortWhen(k.committedAt as string)} 已锁定`
  if (k.secret) return `${locked} · ${shortWhen(k.revealedAt as string)} 已揭晓`
  return drawn ? `${locked} · 未揭晓，按规则用公开替代值` : `${locked} · 待揭晓`
}

/** While sign-up is open and nobody is named: the chair picks the second keyholder. */
function ChooseKeyholders({ activityId, onChange }: { activityId: string; onChange: () => void }) {
  const candidates = useAction('activity', 'keyholderCandidates', { id: activityId }, [activityId])
  const [picked, setPicked] = useState<string[]>([])
  const set = useMutation('activity', 'setKeyholders')
  const save = async () => {
    if ((await set.run({ id: activityId, memberIds: picked })).ok) onChange()
  }
  return (
    <View className='lottery-keys__choose'>
      <Text className='hint'>请在报名截止前选定密钥保管人：您和一位督导员或经审委员各自在手机上锁定一串密钥，截止后各自揭晓，和系统的密钥一起决定抽签结果，谁一个人都算不出、也改不了。</Text>
      <KeyholderPicker items={candidates.loading ? undefined : candidates.data?.items} value={picked} onChange={setPicked} />
      <Button className='btn lottery-keys__set' disabled={!picked.length || set.running} onClick={save}>
        选定密钥保管人
      </Button>
      {set.error && <Text className='error-text'>{set.error.message}</Text>}
    </View>
  )
}

/** The caller's own key, when they are one of the draw's keyholders. */
function MyKey({ activityId, stage, onChange }: { activityId: string; stage: string; onChange: () => void }) {
  // asked again whenever the draw's stage moves (the page reloads on show, after the close…)
  const state = useAction('activity', 'keyholding', { id: activityId }, [activityId, stage])
  const commit = useMutation('activity', 'commitDraw')
  const reveal = useMutation('activity', 'reveal')
  const after = (ok: boolean) => {
    if (ok) onChange()
    void state.reload()
    return ok
  }
  return (
    <KeyholderCard
      what='本次抽签'
      scope={drawScope.activity(activityId)}
      state={state.data}
      commit={async (commitment) => after((await commit.run({ id: activityId, commitment })).ok)}
      reveal={async (secret) => after((await reveal.run({ id: activityId, secret })).ok)}
      running={commit.running || reveal.running}
      error={(commit.error ?? reveal.error)?.message}
    />
  )
}

/** 密钥保管人 of a lottery: who they are and where each stands; the chair names them; a keyholder locks and reveals. */
export function LotteryKeys({ activityId, draw, closed, chair, onChange }: LotteryKeysProps) {
  const keys = draw.keyholders ?? []
  const drawn = Boolean(draw.winners)
  return (
    <View className='lottery-keys'>
      {keys.length > 0 && (
        <View className='draw-proof__keys'>
          {keys.map((k, i) => (
            <View key={i} className='draw-proof__key'>
              <Text className='draw-proof__key-role'>{k.name ? `${k.role} ${k.name}` : k.role}</Text>
              <Text className='draw-proof__key-status'>{status(k, closed, drawn)}</Text>
            </View>
          ))}
        </View>
      )}
      {chair && !keys.length && !closed && <ChooseKeyholders activityId={activityId} onChange={onChange} />}
      {keys.length > 0 && !drawn && <MyKey activityId={activityId} stage={`${closed}:${draw.ready?.why ?? ''}`} onChange={onChange} />}
    </View>
  )
}
