/**
 * The type-checking gate in a repository of several components: tsc checks the whole project, and its errors in other
 * packages are counted by every component's gate (changesets/changesets, packages/parse: 242 errors, 1 of them in
 * parse). The gate counts them all, and says how many lie outside the component. Real tsc 6.0.3 output.
 */
import { describe, expect, it } from '@jest/globals'
import { judgeTypeChecking, noteTypeErrorsOutside } from '../../src/gates/tools.js'
import { parseTscText } from '../../src/reports/findings/tsc.js'
import { defaultConfig } from '../../src/config/presets.js'
import { fixture, TS_WORKSPACE } from '../findings-tests/fixture.js'

const report = () => parseTscText(fixture('tsc/tsc.txt'), { file: 'tsc.txt', workspace: TS_WORKSPACE })
const limits = defaultConfig().quality_gates.type_checking

describe('type errors outside the component', () => {
  it('are still counted, and the gate says how many lie outside its source path', () => {
    // src/config.ts 2 errors, src/greeter.ts 3, src/store.ts 1.
    for (const source of ['src/greeter.ts', './src/greeter.ts/']) {
      const j = judgeTypeChecking(report(), limits)
      noteTypeErrorsOutside(j, report(), source)
      expect(j.passed).toBe(false)
      expect(j.details).toMatchObject({ error_count: 6, errors_outside_component: 3 })
      expect(j.errors).toEqual(['6 type error(s), more than the 0 allowed'])
      expect(j.warnings).toEqual([
        "3 of the 6 type error(s) are in files outside the component's source path src/greeter.ts (other parts of the repository): " +
          'the type checker checks the whole project and the gate counts them all; to judge only this component, give stages.refactoring.type_checking.command ' +
          'a configuration of its own (tsc -p src/greeter.ts/tsconfig.json, mypy src/greeter.ts)'
      ])
    }
  })

  it('says nothing when every error is the component\'s, or the component is the whole repository', () => {
    for (const source of ['src', '.', './', 'src/**']) {
      const j = judgeTypeChecking(report(), limits)
      noteTypeErrorsOutside(j, report(), source)
      expect(j.details.errors_outside_component).toBeUndefined()
      expect(j.warnings).toEqual([])
    }
    // A directory whose name only begins like the file's is not the file's.
    const j = judgeTypeChecking(report(), limits)
    noteTypeErrorsOutside(j, report(), 'sr')
    expect(j.details.errors_outside_component).toBe(6)
  })
})
