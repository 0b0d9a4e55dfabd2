import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { DrawnImage } from '../../components/poster'
import { UnitTable } from '../../components/unit-table'
import { useAction, useMutation } from '../../hooks/use-action'
import { useExport } from '../../hooks/use-export'
import { useMe } from '../../hooks/use-me'
import { useShare } from '../../hooks/use-share'
import { eventLabel } from '../../lib/competition-text'
import { canManage } from '../../lib/labels'
import { shareTitle } from '../../lib/share'
import './index.scss'

/** 获奖名单: each published event's prize winners and 团体总分; officers export it as .xlsx. */
export default function CompetitionAwards() {
  const id = useRouter().params.id ?? ''
  const print = useMutation('competition', 'certificate')
  const got = useAction('competition', 'awards', { competitionId: id }, [id])
  const me = useMe()
  const exporter = useExport('competition', 'export')
  useShare('medals', shareTitle('medals', got.data?.competition.title), `/pages/competition-awards/index?id=${encodeURIComponent(id)}`)

  return (
    <View className='page comp-awards'>
      <LoadState state={got}>
        {(d) => (
          <>
            <Text className='comp-awards__title'>{d.competition.title}</Text>
            {d.events.length === 0 && (
              <Card>
                <EmptyState icon='奖' title='还没有获奖名单' description='项目成绩公布后，获奖名单会显示在这里' />
              </Card>
            )}
            {d.events.map((e) => (
              <Card key={e.eventId} title={eventLabel({ name: e.eventName, category: e.category })}>
                {e.items.map((w, i) => (
                  <View key={i} className='comp-awards__row'>
                    <Text className='comp-awards__prize'>{w.prize}</Text>
                    <Text className='comp-awards__who'>{w.name === w.unit ? w.unit : `${w.name}（${w.unit}）`}</Text>
                    <Text className='hint'>
                      第 {w.place} 名 · {w.display}
                    </Text>
                  </View>
                ))}
              </Card>
            ))}
            <Card title='团体总分'>
              <UnitTable rows={d.table} />
            </Card>
            {canManage(me.data?.role) && d.events.length > 0 && (
              <Button className='btn' disabled={exporter.running} onClick={() => exporter.run({ competitionId: id })}>
                {exporter.running ? '正在生成…' : '导出 Excel'}
              </Button>
            )}
            {me.data?.role === 'chair' && d.events.length > 0 && <DrawnImage label='打印全部奖状' busyLabel='正在生成奖状…' ghost make={() => print.run({ competitionId: id, all: true })} />}
          </>
        )}
      </LoadState>
    </View>
  )
}
