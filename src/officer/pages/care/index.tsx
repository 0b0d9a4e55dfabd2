import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { Tabs } from '../../../components/tabs'
import { Tag } from '../../../components/tag'
import { useAction } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'
import { usePullToReload } from '../../../hooks/use-pull-to-reload'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { beijing } from '../../../lib/beijing'
import { CARE_OCCASION_LABELS, yuan } from '../../../lib/care-text'
import './index.scss'

type Tab = 'tasks' | 'records' | 'forgotten'
const go = (url: string) => () => Taro.navigateTo({ url })

/** 送温暖工作台 (chair, 慰问员): visits to make, the year's 台账 and totals, and who nobody has reached. */
export default function Care() {
  const year = Number(beijing(Date.now()).date.slice(0, 4))
  const [tab, setTab] = useState<Tab>('tasks')
  const rules = useAction('care', 'rules')
  const stats = useAction('care', 'stats', { year })
  const tasks = useAction('care', 'tasks')
  const records = useAction('care', 'list', { year })
  const forgotten = useAction('care', 'forgotten', { year })
  const ledger = useExport('care', 'export')
  usePullToReload(stats.reload, tasks.reload, records.reload, forgotten.reload)
  useReloadOnShow(async () => void (await Promise.all([stats.reload(), tasks.reload(), records.reload()])))
  const overdue = (tasks.data?.items ?? []).filter((t) => t.overdue).length
  const can = rules.data?.can

  return (
    <View className='page care'>
      <LoadState state={rules}>
        <Card className='care__year'>
          <Text className='care__year-title'>{`${year} 年慰问`}</Text>
          <View className='care__figures'>
            <View className='care__figure'>
              <Text className='care__big'>{stats.data?.total.count ?? '–'}</Text>
              <Text className='hint'>人次</Text>
            </View>
            <View className='care__figure'>
              <Text className='care__big'>{stats.data ? yuan(stats.data.total.amount) : '–'}</Text>
              <Text className='hint'>慰问金</Text>
            </View>
          </View>
          {stats.data && (
            <Text className='hint care__by'>
              {stats.data.items
                .filter((i) => i.count > 0)
                .map((i) => `${i.label} ${i.count} 人次 ${yuan(i.amount)}`)
                .join('；') || '今年还没有登记慰问'}
            </Text>
          )}
          <Button className='btn btn--ghost care__export' disabled={ledger.running} onClick={() => ledger.run({ year })}>
            {ledger.running ? '正在导出…' : '导出台账（Excel）'}
          </Button>
        </Card>
        {overdue > 0 && <Text className='care__overdue'>{`有 ${overdue} 项走访已超过期限，请尽快安排`}</Text>}
        <View className='care__actions'>
          <Button className='btn care__action' onClick={go('/officer/pages/care-record/index?mode=report')}>
            报告情况
          </Button>
          <Button className='btn care__action' onClick={go('/officer/pages/care-record/index?mode=record')}>
            登记慰问
          </Button>
        </View>
        <Card>
          <ListItem title='福利发放' note='节日慰问品的发放与签收' arrow onClick={go('/officer/pages/care-distribution/index')} />
          <ListItem title='慰问标准' note={can?.setRules ? '各事由的标准、年度上限和走访天数' : '各事由的标准和年度上限'} arrow onClick={go('/officer/pages/care-rules/index')} />
          {can?.hardship && <ListItem title='困难职工档案' note='仅主席和档案管理人可见' arrow onClick={go('/officer/pages/care-hardship/index')} />}
        </Card>
        <Tabs
          options={[
            { value: 'tasks' as Tab, label: `待走访 ${tasks.data?.items.length ?? ''}` },
            { value: 'records' as Tab, label: '台账' },
            { value: 'forgotten' as Tab, label: '关怀提醒' }
          ]}
          value={tab}
          onChange={setTab}
        />
        {tab === 'tasks' && (
          <LoadState state={tasks}>
            <Card>
              {tasks.data?.items.length === 0 && <EmptyState compact icon='暖' title='没有待走访的会员' />}
              {tasks.data?.items.map((t) => (
                <ListItem
                  key={t.id}
                  title={
                    <View className='care__task-title'>
                      <Text>{`${t.name} · ${CARE_OCCASION_LABELS[t.occasion]}`}</Text>
                      {t.overdue ? <Tag tone='warn'>已超期</Tag> : <Tag tone='info'>{`${t.dueDate.slice(5)} 前`}</Tag>}
                    </View>
                  }
                  note={[t.unit, t.note, `${t.reportedBy}报告`, t.assignee ? `由${t.assignee.name}走访` : '慰问员走访'].filter(Boolean).join(' · ')}
                  arrow
                  onClick={go(`/officer/pages/care-record/index?mode=record&taskId=${t.id}&memberId=${t.memberId}&occasion=${t.occasion}`)}
                />
              ))}
            </Card>
          </LoadState>
        )}
        {tab === 'records' && (
          <LoadState state={records}>
            <Card>
              {records.data?.items.length === 0 && <EmptyState compact icon='账' title='今年还没有登记慰问' />}
              {records.data?.items.map((r) => (
                <ListItem
                  key={r.id}
                  title={`${r.name} · ${CARE_OCCASION_LABELS[r.occasion]}`}
                  note={[r.date, r.unit, r.amount !== undefined ? yuan(r.amount) : '', r.gift ?? '', r.override ? `超限：${r.override.reason}（${r.override.by}）` : ''].filter(Boolean).join(' · ')}
                />
              ))}
            </Card>
          </LoadState>
        )}
        {tab === 'forgotten' && (
          <LoadState state={forgotten}>
            <Card>
              <Text className='hint'>今年既没有慰问、也没有参加活动、没有打开祝福的在册会员，退休的在前。抽空去看看。</Text>
              {forgotten.data?.items.length === 0 && <EmptyState compact icon='齐' title='每位会员今年都联系到了' />}
              {forgotten.data?.items.map((m) => (
                <ListItem key={m.memberId} title={m.name} note={m.unit} extra={m.retired ? <Tag tone='gold'>退休</Tag> : undefined} />
              ))}
            </Card>
          </LoadState>
        )}
      </LoadState>
    </View>
  )
}
