/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

/** nedb's document model (deepCopy, modify, checkObject, getDotValue), reused so transactions match plain updates. */
declare module '@seald-io/nedb/lib/model.js' {
  const model: {
    deepCopy<T>(obj: T): T
    modify<T>(obj: T, update: Record<string, unknown>): T
    checkObject(obj: unknown): void
    serialize(obj: unknown): string
    getDotValue(obj: unknown, field: string): unknown
  }
  export default model
}

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5'
  }
}
