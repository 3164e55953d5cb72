/** The action's entry point. */
import { run } from './action/main.js'

void run()
