import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DeskItem } from '../../../../types/suggestion'
import type { InboxInput, OverdueInput } from '../../../../types/suggestion-desk'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { SwitchField } from '../../../components/field'
import { LoadState } from '../../../components/load-state'
import { SuggestionItem } from '../../../components/suggestion-item'
import { Tabs } from '../../../components/tabs'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { beijingMonth, dayLabel } from '../../../lib/suggestion-text'
import { beijingDate } from '../../../lib/notice-text'
import './index.scss'

type Tab = 'new' | 'overdue' | 'forwarded' | 'adopted' | 'month'
const TABS: { value: Tab; label: string }[] = [
  { value: 'new', label: '新建议' },
  { value: 'overdue', label: '督办' },
  { value: 'forwarded', label: '已转交' },
  { value: 'adopted', label: '待落实' },
  { value: 'month', label: '本月全部' }
]
const QUERY: Record<Tab, ['inbox', InboxInput] | ['overdue', OverdueInput]> = {
  new: ['inbox', {}],
  overdue: ['overdue', {}],
  forwarded: ['inbox', { status: 'forwarded' }],
  adopted: ['inbox', { status: 'adopted' }],
  month: ['inbox', { month: beijingMonth() }]
}

function Footer({ item }: { item: DeskItem }) {
  if (!item.dueDate && !item.claimedAt) return null
  return (
    <View className='desk__foot'>
      {item.dueDate && (
        <Text className={item.overdueDays ? 'desk__late' : 'hint'}>{item.overdueDays ? `已超期 ${item.overdueDays} 天（期限 ${dayLabel(item.dueDate)}）` : `期限 ${dayLabel(item.dueDate)}`}</Text>
      )}
      {item.claimedAt && <Text className='hint'>奖品认领于 {beijingDate(item.claimedAt)}</Text>}
    </View>
  )
}

/** 督导室 (chair and 督导员): new suggestions, 督办, items in progress; the chair also names 督导员. */
export default function SuggestionDesk() {
  const [tab, setTab] = useState<Tab>('new')
  const [action, payload] = QUERY[tab]
  const list = useAction('suggestion', action, payload, [tab])
  const access = useAction('suggestion', 'access')
  useReloadOnShow(list.reload)
  const go = (url: string) => Taro.navigateTo({ url })
  return (
    <View className='page desk'>
      {access.data?.chair && (
        <Button className='btn btn--ghost desk__awards' onClick={() => go('/officer/pages/suggestion-awards/index')}>
          评奖与幸运抽奖
        </Button>
      )}
      <Tabs options={TABS} value={tab} onChange={setTab} />
      <Card>
        <LoadState state={list}>
          {list.data?.items.length === 0 && <EmptyState icon='督' title={tab === 'overdue' ? '没有超期的事项' : '这里是空的'} />}
          {list.data?.items.map((item) => (
            <SuggestionItem key={item.number} item={item} footer={<Footer item={item} />} onClick={() => go(`/officer/pages/suggestion-handle/index?number=${item.number}`)} />
          ))}
        </LoadState>
      </Card>
      {access.data?.chair && <Supervisors />}
    </View>
  )
}

/** The chair's list of officers with a 督导员 switch each. */
function Supervisors() {
  const list = useAction('suggestion', 'supervisors')
  const set = useMutation('suggestion', 'setSupervisor')
  const toggle = async (memberId: string, supervisor: boolean) => {
    const res = await set.run({ memberId, supervisor })
    if (!res.ok) Taro.showToast({ title: res.error.message, icon: 'none' })
    void list.reload()
  }
  return (
    <Card title='督导员' extra='委员中任命'>
      <LoadState state={list}>
        {list.data?.items.length === 0 && <EmptyState compact title='还没有委员' description='先在「会员」里把人设为委员' />}
        {list.data?.items.map((m) => (
          <SwitchField
            key={m.memberId}
            className='desk__officer'
            label={
              <>
                {m.name} <Text className='hint'>{m.unit}</Text>
              </>
            }
            checked={m.supervisor}
            onChange={(v) => toggle(m.memberId, v)}
          />
        ))}
      </LoadState>
    </Card>
  )
}
