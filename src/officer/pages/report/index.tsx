import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { ReportMonthOutput, ReportYearOutput } from '../../../../types/report'
import { Card } from '../../../components/card'
import { BarChart } from '../../../components/chart'
import { EmptyState } from '../../../components/empty-state'
import { LoadState } from '../../../components/load-state'
import { Tabs } from '../../../components/tabs'
import { useAction } from '../../../hooks/use-action'
import { useExport } from '../../../hooks/use-export'
import { usePullToReload } from '../../../hooks/use-pull-to-reload'
import { beijing } from '../../../lib/beijing'
import { SectionCard } from './figures'
import { PlanCard } from './plan'
import './index.scss'

type View_ = 'year' | 'month'

const shiftMonth = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number)
  const i = y * 12 + (m - 1) + n
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
}

/** 参与 by month (a year), 参与率 by unit, 慰问 by occasion: each chart with its numbers as a table. */
function Charts({ data }: { data: ReportYearOutput | ReportMonthOutput }) {
  const months = 'months' in data ? data.months : []
  const units = data.units.filter((u) => u.rate !== undefined)
  return (
    <Card title='图表'>
      {months.some((m) => m.signups || m.attended) && (
        <BarChart
          id='chart-months'
          title='各月活动参与'
          column='报名人次 · 参与率'
          rows={months.map((m) => ({ label: `${Number(m.month.slice(5))} 月`, value: m.signups, text: `${m.signups} 人次${m.rate !== undefined ? ` · ${m.rate}%` : ''}` }))}
        />
      )}
      {units.some((u) => u.participants) && (
        <BarChart
          id='chart-units'
          title='各部门参与率'
          column='参与率（人）'
          max={100}
          rows={units.map((u) => ({ label: u.unit, value: u.rate ?? 0, text: `${u.rate}%（${u.participants}/${u.members}）` }))}
        />
      )}
      {data.care.length > 0 && (
        <BarChart id='chart-care' title='慰问（按事由）' column='人次 · 金额' rows={data.care.map((c) => ({ label: c.label, value: c.count, text: `${c.count} 人次 · ${c.amount} 元` }))} />
      )}
    </Card>
  )
}

/** The figures of a period, or what it says when nothing happened in it. */
function Figures({ data, none }: { data: ReportYearOutput | ReportMonthOutput; none: string }) {
  if (data.empty) return <EmptyState icon='无' title={none} description='这段时间没有活动、通知、建议、慰问或祝福的记录。' />
  return (
    <View>
      <Text className='hint report__tip'>点任一数字，查看它统计的是哪些记录</Text>
      {data.sections.map((s) => (
        <SectionCard key={s.key} section={s} />
      ))}
      <Charts data={data} />
    </View>
  )
}

function YearFigures({ year }: { year: number }) {
  const state = useAction('report', 'year', { year }, [year])
  usePullToReload(state.reload)
  return <LoadState state={state}>{(data) => <Figures data={data} none={`${year} 年还没有记录`} />}</LoadState>
}

/** Loaded only when 月报 is open. */
function MonthFigures({ month }: { month: string }) {
  const state = useAction('report', 'month', { month }, [month])
  usePullToReload(state.reload)
  return <LoadState state={state}>{(data) => <Figures data={data} none='这个月还没有记录' />}</LoadState>
}

/** 工作总结与月报 (chair): the year's or a month's figures in the 工作总结 outline, the plan against what was done, and the drafts to export. */
export default function Report() {
  const today = beijing(Date.now()).date
  const [view, setView] = useState<View_>('year')
  const [year, setYear] = useState(Number(today.slice(0, 4)))
  const [month, setMonth] = useState(today.slice(0, 7))
  const word = useExport('report', 'export')
  const excel = useExport('report', 'export')
  const shift = (n: number) => () => (view === 'year' ? setYear(year + n) : setMonth(shiftMonth(month, n)))

  return (
    <View className='page report'>
      <Tabs
        options={[
          { value: 'year' as View_, label: '全年总结' },
          { value: 'month' as View_, label: '月报' }
        ]}
        value={view}
        onChange={setView}
      />
      <View className='report__period'>
        <Text className='link' onClick={shift(-1)}>
          {view === 'year' ? '‹ 上一年' : '‹ 上月'}
        </Text>
        <Text className='report__period-text'>{view === 'year' ? `${year} 年` : `${month.slice(0, 4)} 年 ${Number(month.slice(5))} 月`}</Text>
        <Text className='link' onClick={shift(1)}>
          {view === 'year' ? '下一年 ›' : '下月 ›'}
        </Text>
      </View>
      {view === 'year' ? <YearFigures year={year} /> : <MonthFigures month={month} />}
      {view === 'year' && (
        <View>
          <PlanCard year={year} />
          <Card title='导出'>
            <Text className='hint'>Word：按「民主管理、文体活动、送温暖、组织建设」写好的总结草稿，数字已填好，可在 WPS 里修改。Excel：每个数字背后的台账，一类一张表。</Text>
            <View className='report__exports'>
              <Button className='btn' disabled={word.running} onClick={() => word.run({ year, format: 'docx' })}>
                {word.running ? '正在生成…' : '导出 Word 总结'}
              </Button>
              <Button className='btn btn--ghost' disabled={excel.running} onClick={() => excel.run({ year, format: 'xlsx' })}>
                {excel.running ? '正在导出…' : '导出 Excel 台账'}
              </Button>
            </View>
          </Card>
        </View>
      )}
    </View>
  )
}
