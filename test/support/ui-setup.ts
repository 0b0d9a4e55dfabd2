/**
 * The ui project renders src/ as the H5 build does: TARO_ENV is fixed at build time there, so
 * fix it here before any module reads it.
 */
process.env.TARO_ENV = 'h5'

/** Build-time switches Taro's webpack plugin defines; the H5 build's values. */
Object.assign(globalThis, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  SUPPORT_TARO_POLYFILL: 'disabled',
  DEPRECATED_ADAPTER_COMPONENT: false
})

/**
 * components-react's Input handles onConfirm itself and then also spreads it onto <input>, so
 * React in development warns about a prop it can't know. Only that known library warning is dropped.
 */
const consoleError = console.error.bind(console)
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('Unknown event handler property `%s`') && args[1] === 'onConfirm') return
  if (typeof args[0] === 'string' && args[0].includes('Unknown event handler property `onConfirm`')) return
  consoleError(...args)
}

// findBy… waits for what the server's answer puts on screen: on a machine shared with the node
// suite that can take longer than testing-library's 1 s default (queryBy… still checks at once)
require('@testing-library/dom').configure({ asyncUtilTimeout: 5000 })
