// babel-preset-taro options and defaults: https://docs.taro.zone/docs/next/babel-config
//
// The mini-program's JS runs on the phone exactly as built (project.config.json `es6: false`: WeChat
// does no ES6→ES5 pass of its own), so the weapp build targets the oldest engine it must run on:
// iOS 10 JavaScriptCore (the system's, fixed by the iOS version) and, on Android, WeChat's own
// X5 JSCore / V8 (Chrome 53 at the oldest; the Android version itself does not decide it). That
// leaves ES2015 syntax; async/await, `**`, object spread, optional catch binding, `?.`, `??` and
// class fields are all compiled down. package.json's "browserslist" (modern browsers and node,
// for the H5 preview) would otherwise win, so it is ignored here. test/weapp/syntax.test.ts
// parses every file of the build as ES2015.
const WEAPP_TARGETS = { ios: '10', chrome: '53' }
const mini = process.env.TARO_ENV !== undefined && process.env.TARO_ENV !== 'h5'

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(mini ? { targets: WEAPP_TARGETS, ignoreBrowserslistConfig: true } : {})
      }
    ]
  ]
}
