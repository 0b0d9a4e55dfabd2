import type { FunctionDef } from '../_shared/dispatch'
import { activity } from '../activity/actions'
import { ballot } from '../ballot/actions'
import { care } from '../care/actions'
import { competition } from '../competition/actions'
import { congress } from '../congress/actions'
import { greeting } from '../greeting/actions'
import { member } from '../member/actions'
import { notice } from '../notice/actions'
import { report } from '../report/actions'
import { suggestion } from '../suggestion/actions'

/** Every cloud function the local cloud serves, by name (the folder name under cloudfunctions/). */
export const FUNCTIONS: Record<string, FunctionDef> = {
  activity,
  ballot,
  care,
  competition,
  congress,
  greeting,
  member,
  notice,
  report,
  suggestion
}
