module.exports = {
  testEnvironment: 'node',
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.js'],
  coverageReporters: ['text', 'text-summary', 'lcov', 'cobertura', 'json-summary', 'json'],
  coverageDirectory: 'out/coverage',
  reporters: [
    'default',
    ['jest-junit', { outputDirectory: 'out', outputName: 'jest-junit.xml', addFileAttribute: 'true', reportTestSuiteErrors: 'true', includeConsoleOutput: 'true' }]
  ]
};
