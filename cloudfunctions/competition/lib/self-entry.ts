// shared with activity's 参赛项目 sign-up, so both say the same
export { selfEntryClosed, selfEntryRules } from '../../_shared/competition-entry/rules'
