// A journey drives a real browser against a real server on a shared 2-core machine: one retry, with
// the first failure logged, so a slow paint doesn't turn CI red while a real bug still fails twice.
jest.retryTimes(1, { logErrorsBeforeRetry: true })
