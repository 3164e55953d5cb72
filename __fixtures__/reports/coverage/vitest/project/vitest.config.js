export default { test: { coverage: { provider: 'v8', reporter: ['text', 'json-summary', 'lcov', 'cobertura'], include: ['src/**'] } } }
