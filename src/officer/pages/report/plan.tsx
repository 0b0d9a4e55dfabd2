import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PLAN_KIND_LABELS } from '../../../../types/report'
import { Card } from '../../../components/card'
import { LoadState } from '../../../components/load-state'
import { Tag } from '../../../components/tag'
import { useAction, useMutation } from '../../../hooks/use-action'
import { parsePlan, planText } from './plan-text'

export interface PlanCardProps {
  year: number
}

/** 工作计划 against what was done; the chair types or pastes it (or copies last year's), one item a line. */
export function PlanCard({ year }: PlanCardProps) {
  const plan = useAction('report', 'plan', { year }, [year])
  const save = useMutation('report', 'setPlan')
  const lastYear = useMutation('report', 'plan')
  const [draft, setDraft] = useState<string>()
  const [problem, setProblem] = useState<string>()

  const copyLastYear = async () => {
    const res = await lastYear.run({ year: year - 1 })
    if (!res.ok) return void Taro.showToast({ title: res.error.message, icon: 'none' })
    if (!res.data.items.length) return void Taro.showToast({ title: `${year - 1} 年没有填写计划`, icon: 'none' })
    setDraft(planText(res.data.items))
  }
  const submit = async () => {
    const { items, bad } = parsePlan(draft ?? '')
    if (bad.length) return setProblem(`第 ${bad.join('、')} 行没有看懂：每行以月份开头，如「3月 春季运动会」`)
    const res = await save.run({ year, items })
    if (!res.ok) return setProblem(res.error.message)
    setProblem(undefined)
    setDraft(undefined)
    await plan.reload()
    Taro.showToast({ title: '计划已保存', icon: 'success' })
  }

  return (
    <Card title={`${year} 年工作计划`} extra={plan.data?.items.length ? <Text className='hint'>{`完成 ${plan.data.done} / ${plan.data.items.length}`}</Text> : undefined}>
      <LoadState state={plan}>
        {(data) =>
          draft === undefined ? (
            <View>
              {data.items.length === 0 && <Text className='hint'>还没有填写今年的计划。填好后，这里会对照活动、通知和投票的记录，标出每项是否已完成。</Text>}
              {data.items.map((it, i) => (
                <View key={i} className='report__plan'>
                  <Text className='report__plan-month'>{`${it.month} 月`}</Text>
                  <View className='report__plan-body'>
                    <Text>{it.title}</Text>
                    <Text className='hint'>{it.done ? `${it.done.date.slice(5)}「${it.done.title}」` : `未见${it.kind === 'any' ? '' : PLAN_KIND_LABELS[it.kind]}记录`}</Text>
                  </View>
                  {it.done ? <Tag tone='ok'>已完成</Tag> : <Tag tone='warn'>未完成</Tag>}
                </View>
              ))}
              <Button className='btn btn--ghost report__plan-edit' onClick={() => setDraft(planText(data.items))}>
                {data.items.length ? '修改计划' : '填写计划'}
              </Button>
            </View>
          ) : (
            <View>
              <Textarea
                className='textarea report__plan-input'
                value={draft}
                autoHeight
                maxlength={3000}
                placeholder={'每行一项，以月份开头，例如：\n3月 春季运动会（活动）\n4月 一季度财务公开（通知）'}
                onInput={(e) => setDraft(e.detail.value)}
              />
              {problem && <Text className='report__problem'>{problem}</Text>}
              <View className='report__plan-actions'>
                <Button className='btn btn--ghost' onClick={() => void copyLastYear()}>
                  复制去年计划
                </Button>
                <Button className='btn' disabled={save.running} onClick={() => void submit()}>
                  {save.running ? '正在保存…' : '保存计划'}
                </Button>
              </View>
            </View>
          )
        }
      </LoadState>
    </Card>
  )
}
