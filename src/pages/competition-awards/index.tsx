import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Card } from '../../components/card'
import { EmptyState } from '../../components/empty-state'
import { LoadState } from '../../components/load-state'
import { UnitTable } from '../../components/unit-table'
import { useAction, useMutation } from '../../hooks/use-action'
import { eventLabel } from '../../lib/competition-text'
import { canManage } from '../../lib/labels'
import { openExport } from '../../lib/open-export'
import './index.scss'

/** 获奖名单: each published event's prize winners and 团体总分; officers export it as .xlsx. */
export default function CompetitionAwards() {
  const id = useRouter().params.id ?? ''
  const got = useAction('competition', 'awards', { competitionId: id }, [id])
  const me = useAction('member', 'me')
  const exporter = useMutation('competition', 'export')

  const download = async () => {
    const res = await exporter.run({ competitionId: id })
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    await openExport(res.data)
  }

  return (
    <View className='page comp-awards'>
      <LoadState loading={got.loading && !got.data} error={got.error} onRetry={got.reload}>
        {got.data && (
          <>
            <Text className='comp-awards__title'>{got.data.competition.title}</Text>
            {got.data.events.length === 0 && (
              <Card>
                <EmptyState icon='奖' title='还没有获奖名单' description='项目成绩公布后，获奖名单会显示在这里' />
              </Card>
            )}
            {got.data.events.map((e) => (
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
              <UnitTable rows={got.data.table} />
            </Card>
            {canManage(me.data?.role) && got.data.events.length > 0 && (
              <Button className='btn' disabled={exporter.running} onClick={download}>
                {exporter.running ? '正在生成…' : '导出 Excel'}
              </Button>
            )}
          </>
        )}
      </LoadState>
    </View>
  )
}
