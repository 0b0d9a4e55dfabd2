import { Text, View } from '@tarojs/components'
import { WORKBENCH_GROUP_LABELS, type WorkbenchTool } from '../../../../types/workbench'
import { Card } from '../../../components/card'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { useAction } from '../../../hooks/use-action'
import { usePullToReload } from '../../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { groupBy } from '../../../lib/group-by'
import { openTool } from './open-tool'
import './index.scss'

/** A red figure when something waits; nothing when nothing does (the hint says so in words). */
function Count({ n }: { n?: number }) {
  if (!n) return null
  return <Text className='workbench__count'>{n}</Text>
}

/** 工作台 (officers and the chair): every tool the server says the caller may use, with what waits there. */
export default function Workbench() {
  const bench = useAction('member', 'workbench')
  // back from a tool: its counts may have changed (a suggestion answered, results published)
  useReloadOnShow(bench.reload)
  usePullToReload(bench.reload)
  const tools = bench.data?.tools ?? []
  const waiting = tools.reduce((sum, t) => sum + (t.count ?? 0), 0)

  return (
    <View className='page workbench'>
      <LoadState state={bench}>
        <Text className='hint workbench__summary'>{waiting ? '红色数字是等你处理的事，点开即可处理' : '眼下没有等你处理的事'}</Text>
        {groupBy<WorkbenchTool>(tools, (t) => t.group).map((g) => (
          <Card key={g.key} title={WORKBENCH_GROUP_LABELS[g.key as WorkbenchTool['group']]}>
            {g.items.map((t) => (
              <ListItem key={t.key} className='workbench__tool' title={t.label} note={t.hint} extra={t.count ? <Count n={t.count} /> : undefined} onClick={() => openTool(t.page)} />
            ))}
          </Card>
        ))}
      </LoadState>
    </View>
  )
}
