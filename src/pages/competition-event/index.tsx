import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { LoadState } from '../../components/load-state'
import { useAction } from '../../hooks/use-action'
import { usePullToReload } from '../../hooks/use-pull-to-reload'
import { eventLabel } from '../../lib/competition-text'
import { EntryCard } from './entry-card'
import { StandingsCard } from './standings-card'
import './index.scss'

/** 项目: before results, the member's own entry (我要报名, then pending / approved / declined and why); once published, the places. */
export default function CompetitionEvent() {
  const id = useRouter().params.id ?? ''
  const got = useAction('competition', 'myEntry', { eventId: id }, [id])
  usePullToReload(got.reload)
  const event = got.data?.event
  if (event) void Taro.setNavigationBarTitle({ title: eventLabel(event) })

  return (
    <View className='page comp-event'>
      <LoadState state={got}>{got.data && event && (event.publishedAt ? <StandingsCard event={event} /> : <EntryCard mine={got.data} onChange={got.reload} />)}</LoadState>
    </View>
  )
}
