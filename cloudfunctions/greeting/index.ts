import { productionMain } from '../_shared/sdk'
import { greeting } from './actions'

export const main = productionMain(greeting)
