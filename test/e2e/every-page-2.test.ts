// the second part of the every-page walk (every-page-walk.ts)
import { everyPageWalk } from './every-page-walk'

everyPageWalk(1, 3)
