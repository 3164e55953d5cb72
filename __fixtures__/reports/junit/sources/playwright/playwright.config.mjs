import { defineConfig } from '@playwright/test'
export default defineConfig({
  testDir: 'tests',
  retries: 1,
  workers: 1,
  reporter: [['list'], ['junit', { outputFile: 'results/junit.xml' }]]
})
