describe('beforeAll throws', () => {
  beforeAll(() => { throw new Error('beforeAll broke') })
  it('h1', () => {})
})
describe('afterAll throws', () => {
  afterAll(() => { throw new Error('afterAll broke') })
  it('h2', () => {})
  it.todo('h3 todo')
})
