/** The plan sub-action's entry point (plan/action.yml). */
import { runPlanAction } from './action/plan.js'

void runPlanAction()
