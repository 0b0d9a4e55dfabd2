import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { CLOUD_ENV } from './config'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // H5 talks to the local cloud over HTTP (services/cloud.ts); only the mini-program has wx.cloud
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
    }
  })
  return children
}

export default App
