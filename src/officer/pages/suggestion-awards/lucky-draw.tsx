import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { BoardOutput } from '../../../../types/suggestion'
import { Card } from '../../../components/card'
import { DrawProof } from '../../../components/draw-proof'
import { KeyholderPicker } from '../../../components/draw-proof/keyholder-picker'
import { Field } from '../../../components/field'
import { useAction, useMutation } from '../../../hooks/use-action'

export interface LuckyDrawProps {
  month: string
  board: BoardOutput
  onChange: () => void
}

/** While the month is open and nobody holds a key yet: the chair picks the second keyholder and the number of winners. */
function ChooseKeyholders({ month, onChange }: { month: string; onChange: () => void }) {
  const candidates = useAction('suggestion', 'keyholderCandidates')
  const [picked, setPicked] = useState<string[]>([])
  const [count, setCount] = useState('1')
  const set = useMutation('suggestion', 'setKeyholders')
  const save = async () => {
    const res = await set.run({ month, memberIds: picked, count: Number(count) })
    if (res.ok) onChange()
  }
  return (
    <View>
      <Text className='hint awards__closed'>幸运抽奖由两位密钥保管人一起决定：您和一位督导员或经审委员。各自在自己手机上月底前锁定一串密钥，月底之后各自揭晓，谁一个人都算不出、也改不了结果。</Text>
      <KeyholderPicker items={candidates.loading ? undefined : candidates.data?.items} value={picked} onChange={setPicked} hintClassName='awards__closed' />
      <Field inline label='名额'>
        <Input className='input awards__count-input' type='number' value={count} onInput={(e) => setCount(e.detail.value)} />
      </Field>
      <Button className='btn awards__keyholders' disabled={!picked.length || set.running} onClick={save}>
        选定密钥保管人
      </Button>
      {set.error && <Text className='error-text'>{set.error.message}</Text>}
    </View>
  )
}

/** A month locked the old way (the chair's one secret): revealed by pasting it, as then. */
function LegacyReveal({ month, onChange }: { month: string; onChange: () => void }) {
  const [secret, setSecret] = useState('')
  const reveal = useMutation('suggestion', 'draw')
  const go = async () => {
    const res = await reveal.run({ month, secret: secret.trim() })
    if (res.ok) onChange()
  }
  return (
    <View>
      <Text className='hint awards__secret-hint'>这个月是按旧办法（主席一人的密钥）锁定的，把当初存下的密钥粘贴进来：</Text>
      <Textarea className='textarea awards__secret-input' value={secret} placeholder='抽奖密钥' onInput={(e) => setSecret(e.detail.value)} />
      <Button className='btn awards__reveal' disabled={!secret.trim() || reveal.running} onClick={go}>
        揭晓并公布
      </Button>
      {reveal.error && <Text className='error-text'>{reveal.error.message}</Text>}
    </View>
  )
}

/**
 * The keyed lucky draw: choose the keyholders while the month is open; the chair's own key (lock,
 * reveal) sits in the draw's card as every keyholder's does; once closed, 按规则完成 settles a draw
 * whose reveal deadline has passed (the server says when it may).
 */
export function LuckyDraw({ month, board, onChange }: LuckyDrawProps) {
  const complete = useMutation('suggestion', 'draw')
  // the server's clock decides whether the month is still open: it names the day awards open until it closes
  const open = Boolean(board.awardOpensOn)
  const draw = board.draw
  const finish = async () => {
    const res = await complete.run({ month })
    if (res.ok) {
      Taro.showToast({ title: '抽奖已完成', icon: 'none' })
      onChange()
    }
  }
  return (
    <Card title='幸运抽奖' extra='结果可验证'>
      {!draw && open && <ChooseKeyholders month={month} onChange={onChange} />}
      {!draw && !open && <Text className='hint'>这个月结束前没有选定密钥保管人，不能再抽奖。</Text>}
      {draw && <DrawProof key={`${month}-${draw.drawnOn ?? ''}`} draw={draw} month={month} numbers={board.items.map((i) => i.number)} />}
      {draw?.commitment && !draw.keyholders && !draw.drawnOn && !open && <LegacyReveal month={month} onChange={onChange} />}
      {draw?.keyholders && !draw.drawnOn && !open && (
        <View>
          <Text className='hint awards__secret-hint'>保管人都揭晓后自动出结果。有人到揭晓期结束仍未揭晓（比如手机丢了），次日起可以按规则完成：</Text>
          <Button className='btn btn--ghost awards__finish' disabled={complete.running} onClick={finish}>
            按规则完成抽奖
          </Button>
          {complete.error && <Text className='error-text'>{complete.error.message}</Text>}
        </View>
      )}
    </Card>
  )
}
