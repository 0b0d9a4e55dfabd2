import { productionMain } from '../_shared/sdk'
import { ballot } from './actions'

export const main = productionMain(ballot)
