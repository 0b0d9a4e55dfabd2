import { productionMain } from '../_shared/sdk'
import { congress } from './actions'

export const main = productionMain(congress)
