/**
 * The theme's colours where styles can't reach: Taro.showModal, Switch, the app's and pages'
 * configs, the H5 page's theme-color. The same values as src/styles/theme.scss, name for name
 * (`$red-dark` is `redDark`); test/quality/ui-tokens.test.ts keeps them equal. Hex only: the
 * mini-program's app.json takes nothing else.
 */
export const colors = {
  red: '#c8161d',
  redDark: '#a30f15',
  redSoft: '#fdeeee',
  gold: '#d89b2b',
  bg: '#f5f5f7',
  card: '#ffffff',
  text: '#1f2329',
  muted: '#5f6673',
  faint: '#6e7582',
  line: '#ebedf0',
  ok: '#177340'
} as const
