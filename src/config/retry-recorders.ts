/**
 * File names of the modules the presets write into the reports directory to record retries the runners' JUnit
 * reports leave out (see preset-node.ts and preset-python.ts). Kept apart from the presets, which load only when a
 * preset is chosen: the testing stage's check for unseen retries needs the names on every run.
 */

/** jest-junit's test case properties module (`jest.retryTimes`). */
export const JEST_INVOCATIONS_FILE = 'jest-junit-invocations.cjs'

/** vitest's retries reporter (`retry`). */
export const VITEST_RETRIES_FILE = 'vitest-retries.mjs'

/** The pytest plugin's module name (pytest-rerunfailures' reruns): a file of that name in the reports directory, loaded with `-p`. */
export const PYTEST_RERUNS_MODULE = 'spec_to_production_reruns'
