import { randomInt } from 'node:crypto'
import { INVITE_ALPHABET } from '../../../types/member'

/** 8 characters from 31 readable ones (no 0/O/1/I/L): about 8.5e11 codes, drawn with a CSPRNG. */
export function newInviteCode(random: (max: number) => number = randomInt): string {
  let code = ''
  for (let i = 0; i < 8; i++) code += INVITE_ALPHABET[random(INVITE_ALPHABET.length)]
  return code
}
