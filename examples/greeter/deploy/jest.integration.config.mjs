/**
 * Jest config of the greeter's integration tests, which call the DEPLOYED service over HTTP (never import it):
 *   ENVIRONMENT_URL=http://127.0.0.1:<port> NODE_OPTIONS=--experimental-vm-modules \
 *     npx jest --config examples/greeter/deploy/jest.integration.config.mjs
 * integration.sh runs it with JUnit output and collects the service's own coverage (see README.md).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export default {
  rootDir: dirname(fileURLToPath(import.meta.url)),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/*.test.mjs'],
  transform: {},
  // Coverage of a test process says nothing about a deployed service: integration.sh collects the service's own.
  collectCoverage: false,
  testTimeout: 15000
};
