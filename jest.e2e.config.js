/**
 * End-to-end tests in a REAL n8n (test/e2e/*.e2e.test.js). Run with `npm run e2e` (installs the n8n
 * runtime into .n8n-runtime/ first, once) or, when it is installed,
 * `bash scripts/toolchain.sh npx jest -c jest.e2e.config.js --runInBand`.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.js'],
	globalSetup: '<rootDir>/e2e/jest/global-setup.js',
	testTimeout: 300000,
	maxWorkers: 1,
	verbose: true,
};
