// Lint config of the deployment kit and the service (plain ES modules for node), run from the repository root:
//   npx eslint -c examples/greeter/deploy/eslint.config.mjs examples/greeter/deploy examples/greeter/service
// The greeter's own rules, with node's globals for .mjs files too.
import globals from 'globals';
import greeter from '../eslint.config.js';

export default [
  ...greeter,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: 'module' }
  }
];
