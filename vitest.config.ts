import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		environment: 'node',
		projects: [
			{
				// Pure logic, the CLI and the bad-content corpus: seconds on an idle machine.
				// `npx vitest run --project unit`. Timeouts are sized for a 2-core machine at load 10,
				// where a CLI run in a hook (the 3,000-row import) takes minutes, not seconds; they
				// only catch a hang. Speed is measured by `npm run bench`, never asserted.
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					testTimeout: 300_000,
					hookTimeout: 600_000,
				},
			},
			{
				// Real builds of the sites, scanned, validated and driven in a real browser (Debian's
				// Chromium): leaks, exports, pages, axe, links, HTML validity, CSP, reproducibility. The
				// example organisation is built once for all of them (tests/global-setup.ts).
				test: {
					name: 'sites',
					include: [
						'tests/build/**/*.test.ts',
						'tests/browser/**/*.test.ts',
						'tests/quality/**/*.test.ts',
					],
					// Builds in one checkout share Astro's .astro/ folder: one test file at a time.
					fileParallelism: false,
					globalSetup: ['tests/global-setup.ts'],
					// A loaded 2-core machine builds the three sites in tens of minutes: generous, to catch a hang.
					testTimeout: 900_000,
					hookTimeout: 1_800_000,
				},
			},
		],
	},
});
