import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		environment: 'node',
		include: ['tests/**/*.test.ts'],
		// Build tests run real `astro build`s; give them room on a 2-core machine.
		testTimeout: 300_000,
		hookTimeout: 600_000,
	},
});
