/** The competition function's contract: set-up, then entries, results and rankings. */
import type { FunctionContract } from './common'
import {
  AddEventInput,
  AddEventOutput,
  CreateCompetitionInput,
  CreateCompetitionOutput,
  GetCompetitionInput,
  GetCompetitionOutput,
  ListCompetitionsInput,
  ListCompetitionsOutput,
  RemoveEventInput,
  RemoveEventOutput,
  UpdateEventInput,
  UpdateEventOutput
} from './competition-setup'
import {
  AwardsInput,
  AwardsOutput,
  EnterAthleteInput,
  EnterAthleteOutput,
  EventEntriesInput,
  EventEntriesOutput,
  ExportAwardsInput,
  ExportAwardsOutput,
  LeaderboardInput,
  LeaderboardOutput,
  LiveBoardInput,
  LiveBoardOutput,
  MyEventsInput,
  MyEventsOutput,
  PublishResultsInput,
  PublishResultsOutput,
  RecordResultInput,
  RecordResultOutput,
  ResultHistoryInput,
  ResultHistoryOutput,
  StandingsInput,
  StandingsOutput,
  WithdrawEntryInput,
  WithdrawEntryOutput
} from './competition-results'

export * from './competition-setup'
export * from './competition-results'

/** The competition function's actions: what each takes and answers. */
export const competitionContract = {
  create: { input: CreateCompetitionInput, output: CreateCompetitionOutput },
  addEvent: { input: AddEventInput, output: AddEventOutput },
  updateEvent: { input: UpdateEventInput, output: UpdateEventOutput },
  removeEvent: { input: RemoveEventInput, output: RemoveEventOutput },
  list: { input: ListCompetitionsInput, output: ListCompetitionsOutput },
  get: { input: GetCompetitionInput, output: GetCompetitionOutput },
  enter: { input: EnterAthleteInput, output: EnterAthleteOutput },
  withdraw: { input: WithdrawEntryInput, output: WithdrawEntryOutput },
  entries: { input: EventEntriesInput, output: EventEntriesOutput },
  myEvents: { input: MyEventsInput, output: MyEventsOutput },
  recordResult: { input: RecordResultInput, output: RecordResultOutput },
  history: { input: ResultHistoryInput, output: ResultHistoryOutput },
  publish: { input: PublishResultsInput, output: PublishResultsOutput },
  standings: { input: StandingsInput, output: StandingsOutput },
  leaderboard: { input: LeaderboardInput, output: LeaderboardOutput },
  awards: { input: AwardsInput, output: AwardsOutput },
  export: { input: ExportAwardsInput, output: ExportAwardsOutput },
  board: { input: LiveBoardInput, output: LiveBoardOutput }
} satisfies FunctionContract
