import {
  AddEventInput,
  AwardsInput,
  LiveBoardInput,
  CreateCompetitionInput,
  EnterAthleteInput,
  EventEntriesInput,
  ExportAwardsInput,
  GetCompetitionInput,
  ResultHistoryInput,
  LeaderboardInput,
  ListCompetitionsInput,
  MyEventsInput,
  PublishResultsInput,
  RecordResultInput,
  StandingsInput,
  WithdrawEntryInput
} from '../../types/competition'
import { action, type FunctionDef } from '../_shared/dispatch'
import { addEvent } from './handlers/add-event'
import { awards } from './handlers/awards'
import { board } from './handlers/board'
import { create } from './handlers/create'
import { enter } from './handlers/enter'
import { entries } from './handlers/entries'
import { exportAwards } from './handlers/export-awards'
import { get } from './handlers/get'
import { history } from './handlers/history'
import { leaderboard } from './handlers/leaderboard'
import { list } from './handlers/list'
import { myEvents } from './handlers/my-events'
import { publish } from './handlers/publish'
import { recordResult } from './handlers/record-result'
import { standings } from './handlers/standings'
import { withdraw } from './handlers/withdraw'

export const competition: FunctionDef = {
  name: 'competition',
  actions: {
    create: action({ input: CreateCompetitionInput, role: 'officer', handler: create }),
    addEvent: action({ input: AddEventInput, role: 'officer', handler: addEvent }),
    list: action({ input: ListCompetitionsInput, role: 'member', handler: list }),
    get: action({ input: GetCompetitionInput, role: 'member', handler: get }),
    enter: action({ input: EnterAthleteInput, role: 'officer', handler: enter }),
    withdraw: action({ input: WithdrawEntryInput, role: 'officer', handler: withdraw }),
    entries: action({ input: EventEntriesInput, role: 'officer', handler: entries }),
    myEvents: action({ input: MyEventsInput, role: 'member', handler: myEvents }),
    recordResult: action({ input: RecordResultInput, role: 'officer', handler: recordResult }),
    history: action({ input: ResultHistoryInput, role: 'officer', handler: history }),
    publish: action({ input: PublishResultsInput, role: 'chair', handler: publish }),
    standings: action({ input: StandingsInput, role: 'member', handler: standings }),
    leaderboard: action({ input: LeaderboardInput, role: 'member', handler: leaderboard }),
    awards: action({ input: AwardsInput, role: 'member', handler: awards }),
    export: action({ input: ExportAwardsInput, role: 'officer', handler: exportAwards }),
    board: action({ input: LiveBoardInput, role: 'member', handler: board })
  },
  labels: {
    title: '比赛名称',
    units: '参赛单位',
    unitLimit: '每单位报名人数',
    personLimit: '每人可报项目数',
    competitionId: '比赛',
    eventId: '项目',
    kind: '项目类型',
    team: '团体项目',
    category: '组别',
    points: '名次得分',
    dropHighLow: '去掉最高最低分',
    maxScore: '满分',
    judges: '评委人数',
    measure: '计量单位',
    prizes: '奖项设置',
    first: '一等奖名额',
    second: '二等奖名额',
    third: '三等奖名额',
    others: '优秀奖',
    value: '成绩',
    scores: '评委打分',
    version: '审核版本',
    view: '视图',
    latest: '最新项目数'
  }
}
