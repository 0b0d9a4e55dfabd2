import { productionMain } from '../_shared/sdk'
import { competition } from './actions'

export const main = productionMain(competition)
