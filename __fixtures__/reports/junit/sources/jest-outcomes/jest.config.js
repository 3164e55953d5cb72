module.exports = { reporters: ['default', ['jest-junit', { outputDirectory: '.', outputName: 'jest-junit.xml', addFileAttribute: 'true', reportTestSuiteErrors: 'true' }]] }
