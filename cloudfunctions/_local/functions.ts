import type { FunctionDef } from '../_shared/dispatch'
import { competition } from '../competition/actions'
import { greeting } from '../greeting/actions'
import { member } from '../member/actions'
import { notice } from '../notice/actions'

/** Every cloud function the local cloud serves, by name (the folder name under cloudfunctions/). */
export const FUNCTIONS: Record<string, FunctionDef> = {
  competition,
  greeting,
  member,
  notice
}
