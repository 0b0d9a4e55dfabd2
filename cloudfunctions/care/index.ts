import { productionMain } from '../_shared/sdk'
import { care } from './actions'

export const main = productionMain(care)
