import tseslint from 'typescript-eslint';
import communityNodes from '@n8n/eslint-plugin-community-nodes';

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'.tools/**',
			'.n8n-runtime/**',
			'test/**',
			'sandbox/**',
			'e2e/**',
			'scripts/**',
			'*.js',
			'*.mjs',
		],
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		extends: [tseslint.configs.recommended],
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { project: './tsconfig.build.json' },
		},
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'],
		...communityNodes.configs.recommended,
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		rules: { '@typescript-eslint/no-unused-expressions': 'off' },
	},
);
