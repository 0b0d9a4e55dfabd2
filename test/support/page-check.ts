/**
 * The one judgement both every-page runners make of a page: it shows every word its case expects,
 * and no error. A page that renders only its load-state banner ("服务暂时不可用…") used to pass
 * for having Chinese text on it; here it fails, quoting the banner.
 */
import type { PageCase } from './pages'

/** What a runner reads off the page on screen. */
export interface PageView {
  /** The page's visible text. */
  text: string
  /** The text of each error the page shows: LoadState's banner, an `.error-text` line. */
  errors: string[]
}

/**
 * What a page shows instead of its content when a call fails: LoadState's error message (rendered
 * only in its error state) and `.error-text` lines. Attribute selectors, since the mini-program
 * prefixes classes inside nested components (`main--error-text`).
 */
export const ERROR_SELECTOR = '[class*="load-state__message"], [class*="error-text"]'

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

const found = (text: string, want: string | RegExp) => (typeof want === 'string' ? text.includes(squash(want)) : want.test(text))

/** Why view is not what c expects, or null when it shows every expected word and no error. */
export function problemWith(c: PageCase, view: PageView): string | null {
  const text = squash(view.text)
  const errors = view.errors.map(squash).filter(Boolean)
  if (errors.length) return `${c.path} (as ${c.as}) shows an error instead of its content: “${errors.join('”, “')}”`
  const missing = c.shows.filter((w) => !found(text, w))
  if (missing.length) return `${c.path} (as ${c.as}) never showed ${missing.map((w) => `“${String(w)}”`).join(', ')}; it shows: ${text.slice(0, 400) || '(nothing)'}`
  return null
}

/**
 * Reads the page until it shows what c expects (resolves) or an error (throws at once, with the
 * error's words); throws naming the missing words if neither happens within timeoutMs.
 */
export async function expectPageShows(c: PageCase, read: () => Promise<PageView>, opts: { timeoutMs?: number; pollMs?: number } = {}): Promise<void> {
  const { timeoutMs = 5000, pollMs = 50 } = opts
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const view = await read()
    const problem = problemWith(c, view)
    if (!problem) return
    if (view.errors.some((e) => squash(e)) || Date.now() > deadline) throw new Error(problem)
    await new Promise((r) => setTimeout(r, pollMs))
  }
}
