import { productionMain } from '../_shared/sdk'
import { report } from './actions'

export const main = productionMain(report)
