import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { LoadState } from '../../../components/load-state'
import { useAction } from '../../../hooks/use-action'

/** What the draft adds: the competition linked ('' none); on edit, clearing a link sends null. */
export function competitionPayload(competitionId: string, linkedBefore: boolean): Record<string, unknown> {
  if (competitionId) return { competitionId }
  return linkedBefore ? { competitionId: null } : {}
}

export interface CompetitionLinkCardProps {
  /** '' for none */
  value: string
  onChange: (competitionId: string) => void
}

/** 关联比赛: a sports day's sign-up asks 参赛项目 from the competition's events, each a pending entry for the unit's officer. */
export function CompetitionLinkCard({ value, onChange }: CompetitionLinkCardProps) {
  const list = useAction('competition', 'list')
  return (
    <Card title='关联比赛' extra='运动会报名用'>
      <LoadState state={list}>
        {(data) => (
          <>
            <Text className='hint activity-edit__hint'>
              {data.items.length ? '关联后，报名时会员勾选参赛项目，由本部门委员审核后计入比赛名单' : '还没有比赛。先在“比赛”里建好比赛和项目，再回来关联'}
            </Text>
            {data.items.length > 0 && (
              <ChipGroup
                className='activity-edit__competition'
                options={[{ value: '', label: '不关联' }, ...data.items.map((c) => ({ value: c.id, label: c.title }))]}
                value={[value]}
                onChange={([v]) => onChange(v ?? '')}
              />
            )}
          </>
        )}
      </LoadState>
    </Card>
  )
}
