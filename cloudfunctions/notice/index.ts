import { productionMain } from '../_shared/sdk'
import { notice } from './actions'

export const main = productionMain(notice)
