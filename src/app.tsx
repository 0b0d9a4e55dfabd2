import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { CLOUD_ENV } from './config'
import { colors } from './lib/theme'
import './app.scss'

// web-only evening-out of Taro's H5 runtime; the mini-program build drops this branch
if (process.env.TARO_ENV === 'h5') {
  require('./styles/h5.scss')
  // the browser's bar in the brand red: index.html is a template and can't read the theme
  const meta = document.createElement('meta')
  meta.name = 'theme-color'
  meta.content = colors.red
  document.head.appendChild(meta)
}

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
