import { productionMain } from '../_shared/sdk'
import { activity } from './actions'

export const main = productionMain(activity)
