/** Jest in native ESM mode (the @actions/* packages are ESM-only); ts-jest compiles without type checking (npm run typecheck does that). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/examples/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/examples/', '<rootDir>/dist/'],
  testTimeout: 60000,
  maxWorkers: 2
}
