import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CompEvent } from '../../../../types/competition'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { EmptyState } from '../../../components/empty-state'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { eventLabel, KIND_LABEL, STATUS_LABEL } from '../../../lib/competition-text'
import { EventForm } from './event-form'

const go = (url: string) => () => Taro.navigateTo({ url })

/** A competition's events with their status; each opens 报名 or 录入成绩; 添加项目 below. */
export function EventsEditor({ competitionId }: { competitionId: string }) {
  const got = useAction('competition', 'get', { competitionId }, [competitionId])
  useReloadOnShow(got.reload)
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<string>()
  const removeEvent = useMutation('competition', 'removeEvent')
  const comp = got.data?.competition

  const remove = async (e: CompEvent) => {
    const results = e.status === 'empty' ? '' : '已录入的成绩和'
    if (!(await confirm({ title: `删除「${eventLabel(e)}」？`, content: `该项目${results}报名都会一并删除，报名的人可改报其他项目。删除后无法恢复。`, confirmText: '删除' }))) return
    const res = await removeEvent.run({ eventId: e.id })
    Taro.showToast({ title: res.ok ? '项目已删除' : res.error.message, icon: 'none' })
    if (res.ok) void got.reload()
  }

  return (
    <View className='page comp-setup'>
      <LoadState state={got}>
        {comp && (
          <>
            <Card title={comp.title}>
              <Text className='hint'>
                {comp.units.join('、')}；每单位每项最多 {comp.unitLimit} 人，每人最多 {comp.personLimit} 个个人项目
              </Text>
            </Card>
            <Card title='比赛项目' extra={`${got.data?.events.length ?? 0} 项`}>
              {got.data?.events.length === 0 && <EmptyState icon='项' title='还没有项目' description='添加项目后即可报名和录入成绩' />}
              {got.data?.events.map((e) =>
                editing === e.id ? (
                  <EventForm key={e.id} competitionId={comp.id} event={e} onDone={() => (setEditing(undefined), void got.reload())} onCancel={() => setEditing(undefined)} />
                ) : (
                  <View key={e.id} className='comp-setup__event'>
                    <View className='comp-setup__event-body'>
                      <Text className='comp-setup__event-name'>{eventLabel(e)}</Text>
                      <Text className='hint'>{`${KIND_LABEL[e.kind]}${e.team ? ' · 团体' : ''} · ${STATUS_LABEL[e.status]}`}</Text>
                    </View>
                    <View className='comp-setup__event-tools'>
                      <Button className='btn btn--small btn--ghost' onClick={go(`/officer/pages/competition-entries/index?eventId=${e.id}`)}>
                        报名
                      </Button>
                      <Button className='btn btn--small' onClick={go(`/officer/pages/competition-record/index?eventId=${e.id}`)}>
                        录成绩
                      </Button>
                      {e.team && (
                        <Button className='btn btn--small btn--ghost' onClick={go(`/officer/pages/competition-bracket/index?eventId=${e.id}`)}>
                          对阵
                        </Button>
                      )}
                      {!e.publishedAt && (
                        <>
                          <Button className='btn btn--small btn--ghost' onClick={() => setEditing(e.id)}>
                            修改
                          </Button>
                          <Button className='btn btn--small btn--ghost' disabled={removeEvent.running} onClick={() => remove(e)}>
                            删除
                          </Button>
                        </>
                      )}
                    </View>
                  </View>
                )
              )}
            </Card>
            {adding ? (
              <EventForm competitionId={comp.id} onDone={() => (setAdding(false), void got.reload())} onCancel={() => setAdding(false)} />
            ) : (
              <View className='comp-setup__row'>
                <Button className='btn btn--ghost' onClick={() => setAdding(true)}>
                  添加项目
                </Button>
                <Button className='btn btn--ghost' onClick={go(`/officer/pages/competition-review/index?id=${comp.id}`)}>
                  审核与公布
                </Button>
              </View>
            )}
          </>
        )}
      </LoadState>
    </View>
  )
}
