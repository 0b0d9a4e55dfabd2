import { productionMain } from '../_shared/sdk'
import { member } from './actions'

export const main = productionMain(member)
