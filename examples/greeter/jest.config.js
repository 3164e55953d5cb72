/**
 * Jest config for the greeter example, run from the repository root:
 *   NODE_OPTIONS=--experimental-vm-modules npx jest --config examples/greeter/jest.config.js
 * Native ESM (the root package is "type": "module"); ts-jest transpiles each file on its own
 * (isolatedModules in tsconfig.json, no type checking here: tsc does that as its own gate).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export default {
  rootDir: here,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false, tsconfig: join(here, 'tsconfig.json') }]
  },
  // No coverageThreshold here: the test_coverage gate judges coverage, with the target's threshold.
  collectCoverageFrom: ['src/**/*.ts']
};
