import { competitionContract } from '../../types/competition'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { addEvent } from './handlers/add-event'
import { approveEntry } from './handlers/approve-entry'
import { awards } from './handlers/awards'
import { board } from './handlers/board'
import { bonus } from './handlers/bonus'
import { bonuses } from './handlers/bonuses'
import { bracket } from './handlers/bracket'
import { cancelRequest } from './handlers/cancel-request'
import { certificate } from './handlers/certificate'
import { brackets } from './handlers/brackets'
import { create } from './handlers/create'
import { enter } from './handlers/enter'
import { entries } from './handlers/entries'
import { entryRequests } from './handlers/entry-requests'
import { exportAwards } from './handlers/export-awards'
import { get } from './handlers/get'
import { history } from './handlers/history'
import { leaderboard } from './handlers/leaderboard'
import { list } from './handlers/list'
import { myEntry } from './handlers/my-entry'
import { myEvents } from './handlers/my-events'
import { myMatches } from './handlers/my-matches'
import { poster } from './handlers/poster'
import { publish } from './handlers/publish'
import { recordMatch } from './handlers/record-match'
import { recordResult } from './handlers/record-result'
import { removeBonus } from './handlers/remove-bonus'
import { setParticipation } from './handlers/set-participation'
import { removeEvent } from './handlers/remove-event'
import { selfEnter } from './handlers/self-enter'
import { scheduleMatch } from './handlers/schedule-match'
import { standings } from './handlers/standings'
import { updateEvent } from './handlers/update-event'
import { withdraw } from './handlers/withdraw'

export const competition: FunctionDef = {
  name: 'competition',
  actions: defineActions(competitionContract, {
    create: { role: 'officer', handler: create },
    addEvent: { role: 'officer', handler: addEvent },
    updateEvent: { role: 'officer', handler: updateEvent },
    removeEvent: { role: 'officer', handler: removeEvent },
    list: { role: 'member', handler: list },
    get: { role: 'member', handler: get },
    enter: { role: 'officer', handler: enter },
    withdraw: { role: 'officer', handler: withdraw },
    entries: { role: 'officer', handler: entries },
    myEvents: { role: 'member', handler: myEvents },
    recordResult: { role: 'officer', handler: recordResult },
    history: { role: 'officer', handler: history },
    publish: { role: 'chair', handler: publish },
    standings: { role: 'member', handler: standings },
    leaderboard: { role: 'member', handler: leaderboard },
    awards: { role: 'member', handler: awards },
    export: { role: 'officer', handler: exportAwards },
    board: { role: 'member', handler: board },
    selfEnter: { role: 'member', handler: selfEnter },
    myEntry: { role: 'member', handler: myEntry },
    entryRequests: { role: 'officer', handler: entryRequests },
    approveEntry: { role: 'officer', handler: approveEntry },
    cancelRequest: { role: 'member', handler: cancelRequest },
    bonus: { role: 'chair', handler: bonus },
    removeBonus: { role: 'chair', handler: removeBonus },
    setParticipation: { role: 'chair', handler: setParticipation },
    bonuses: { role: 'member', handler: bonuses },
    bracket: { role: 'officer', handler: bracket },
    recordMatch: { role: 'officer', handler: recordMatch },
    scheduleMatch: { role: 'officer', handler: scheduleMatch },
    brackets: { role: 'member', handler: brackets },
    myMatches: { role: 'member', handler: myMatches },
    certificate: { role: 'member', handler: certificate },
    poster: { role: 'officer', handler: poster }
  }),
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
    latest: '最新项目数',
    entryId: '报名',
    approved: '审核结果',
    reason: '原因',
    unit: '单位',
    requestId: '请求编号',
    id: '奖励分',
    format: '赛制',
    teams: '参赛队',
    thirdPlace: '三四名决赛',
    groupSize: '每组队数',
    advance: '每组出线队数',
    matchId: '比赛',
    scoreA: '甲方比分',
    scoreB: '乙方比分',
    at: '比赛时间',
    court: '场地'
  }
}
