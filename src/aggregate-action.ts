/** The aggregate sub-action's entry point (aggregate/action.yml). */
import { runAggregateAction } from './action/aggregate.js'

void runAggregateAction()
