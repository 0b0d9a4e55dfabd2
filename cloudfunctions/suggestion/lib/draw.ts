/**
 * The lucky-draw algorithm lives in types/draw.ts so the board page recomputes it in the browser
 * without node:crypto; the function uses that very code, so the two cannot drift.
 */
export { canonicalNumbers, drawWinners, hmacSha256Hex, sha256Hex, verifyDraw } from '../../../types/draw'
