import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		environment: 'node',
		projects: [
			{
				// Pure logic, the CLI and the bad-content corpus: seconds. `npx vitest run --project unit`.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
			},
			{
				// Real builds of the sites, scanned, validated and driven in a real browser (Debian's
				// Chromium): leaks, exports, pages, axe, links, HTML validity, CSP, reproducibility. The
				// example organisation is built once for all of them (tests/global-setup.ts).
				test: {
					name: 'sites',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/quality/**/*.test.ts'],
					// Builds in one checkout share Astro's .astro/ folder: one test file at a time.
					fileParallelism: false,
					globalSetup: ['tests/global-setup.ts'],
					testTimeout: 300_000,
					hookTimeout: 600_000,
				},
			},
		],
	},
});
