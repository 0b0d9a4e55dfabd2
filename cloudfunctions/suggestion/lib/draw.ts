/**
 * The lucky-draw algorithm lives in types/draw.ts so the board page recomputes it in the browser
 * without node:crypto; the function uses that very code, so the two cannot drift.
 */
export { canonicalNumbers, drawWinners, eligibleHashOf, hmacSha256Hex, keyedSeed, keyedWinners, sha256Hex, standIn, verifyDraw, verifyKeyedDraw } from '../../../types/draw'
