export * from './common'
export * from './member'
export * from './notice'
export * from './greeting'
