import { productionMain } from '../_shared/sdk'
import { suggestion } from './actions'

export const main = productionMain(suggestion)
