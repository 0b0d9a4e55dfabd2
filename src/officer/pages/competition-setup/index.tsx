import { useRouter } from '@tarojs/taro'
import { CreateCompetition } from './create-competition'
import { EventsEditor } from './events-editor'
import './index.scss'

/** 比赛设置: a new competition and its units; with ?id= its events, each to 报名 and 录入. */
export default function CompetitionSetup() {
  const id = useRouter().params.id
  return id ? <EventsEditor competitionId={id} /> : <CreateCompetition />
}
