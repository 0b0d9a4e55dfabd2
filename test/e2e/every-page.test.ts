// the first part of the every-page walk, with the page-list check and the pages broken on purpose
import { everyPageWalk } from './every-page-walk'

everyPageWalk(0, 3)
