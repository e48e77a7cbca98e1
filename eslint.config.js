// @ts-check
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'node_modules/',
			'.astro/',
			'tests/.tmp/',
			'tests/fixtures/',
			'src/content/',
		],
	},
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		rules: {
			// Unused names are errors, except the deliberate `_` of a destructuring that drops a key.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
			'no-nested-ternary': 'error',
			eqeqeq: ['error', 'always'],
		},
	},
);
