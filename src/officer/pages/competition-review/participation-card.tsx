import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Competition } from '../../../../types/competition'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { pointsText } from '../../../lib/competition-text'

export interface ParticipationCardProps {
  competition: Competition
  /** after a change: the page reloads the competition and its table */
  onChanged: () => void
}

/** 参与分 (chair): each member checked in at the linked activity earns their unit points, its own column in 团体总分. */
export function ParticipationCard({ competition: c, onChanged }: ParticipationCardProps) {
  const save = useMutation('competition', 'setParticipation')
  const [points, setPoints] = useState(c.participation ? String(c.participation.perCheckin) : '')
  const run = async (perCheckin: number | null) => {
    const res = await save.run({ competitionId: c.id, perCheckin })
    Taro.showToast({ title: res.ok ? (perCheckin === null ? '已不计参与分' : `每人次 ${pointsText(perCheckin)} 分，已计入团体总分`) : res.error.message, icon: 'none' })
    if (res.ok) onChanged()
  }
  return (
    <Card className='comp-review__participation' title='参与分' extra={c.participation ? `每人次 ${pointsText(c.participation.perCheckin)} 分` : '未计'}>
      <Text className='hint'>重过程，重参与面：关联本比赛的活动中，每位会员签到一次，为所在单位加分；单列在「参与」一栏并计入总分，按签到记录随时重算</Text>
      <Field label='每人次加分' hint='0.1 到 10 分'>
        <Input className='input comp-review__participation-input' type='digit' value={points} placeholder='如 0.5' onInput={(e) => setPoints(e.detail.value)} />
      </Field>
      <View className='comp-review__participation-tools'>
        <Button className='btn' disabled={save.running} onClick={() => run(points.trim() === '' ? Number.NaN : Number(points))}>
          {save.running ? '保存中…' : '计入团体总分'}
        </Button>
        {c.participation && (
          <Button className='btn btn--ghost' disabled={save.running} onClick={() => run(null)}>
            不计参与分
          </Button>
        )}
      </View>
    </Card>
  )
}
