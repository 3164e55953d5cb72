export default { test: { include: ['*.test.js'], retry: 2 } }
