/**
 * The handbook as built from the example organisation (tests/global-setup.ts): every page type
 * exists, system pages and the pages that reference them link both ways, the heatmaps agree
 * with the register, the SoA holds all 38 Annex A controls, policies carry document control
 * and their git history, and the output follows the rules the handbook is held to (areas, not
 * entries, in the sidebar; no inline scripts; search filters on every indexed page).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readHistory } from '../../src/lib/git/history.ts';
import { FACETS, facetValues } from '../../src/lib/handbook/facets.ts';
import { dueByOwner, dueItems } from '../../src/lib/handbook/due.ts';
import { AREAS } from '../../src/lib/handbook/nav.ts';
import {
	DETAIL_COLLECTIONS,
	findingAnchor,
	findingHref,
	hrefOf,
} from '../../src/lib/handbook/routes.ts';
import { checkContent } from '../../src/lib/pipeline.ts';
import { ANNEX_A_IDS } from '../../src/lib/reference/index.ts';
import { createView, type AudienceView } from '../../src/lib/views/audience.ts';
import { AS_OF, listFiles } from '../helpers/build.ts';
import { EXAMPLE, PROJECT } from '../helpers/content.ts';
import { parseHtml } from '../helpers/html.ts';

let dist: string;
let view: AudienceView<'internal'>;

beforeAll(() => {
	dist = join(inject('exampleDist'), 'handbook');
	view = createView(
		checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries,
		'internal',
	);
});

const file = (path: string) =>
	join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
const page = (path: string) => readFileSync(file(path), 'utf8');
const linksTo = (html: string, href: string) => html.includes(`href="${href}"`);

describe('handbook pages', () => {
	test('every area, every entry with a detail page, search and each inventory filter has a page', () => {
		const missing: string[] = [];
		const paths = [...AREAS.map((a) => a.href), '/search/'];
		for (const collection of DETAIL_COLLECTIONS)
			for (const entry of view.entries[collection]) paths.push(hrefOf(entry)!);
		for (const facet of FACETS)
			for (const value of facetValues(view.entries.systems, facet))
				paths.push(`/systems/${facet}/${value}/`);
		for (const path of paths) if (!existsSync(file(path))) missing.push(path);
		expect(missing).toEqual([]);
		// The example has something in every area the issue names, so no page is tested vacuously.
		for (const collection of [
			'policies',
			'systems',
			'risks',
			'impact-assessments',
			'datasets',
			'audits',
			'people',
		] as const)
			expect(view.entries[collection].length, collection).toBeGreaterThan(0);
	});

	test('each system page links to every risk, control and assessment that references it, and they link back', () => {
		const requirementOwner = new Map(view.entries.controls.map((c) => [c.data.requirement, c.id]));
		let checked = 0;
		for (const system of view.entries.systems) {
			const html = page(`/systems/${system.id}/`);
			const pairs: string[] = [
				...view.entries.risks
					.filter(
						(r) => r.data.systems.includes(system.id) || (system.data.risks ?? []).includes(r.id),
					)
					.map((r) => `/risks/${r.id}/`),
				...view.entries.controls
					.filter((c) => (c.data.systems ?? []).includes(system.id))
					.map((c) => `/controls/${c.id}/`),
				...system.data.controls.flatMap((req) =>
					requirementOwner.has(req) ? [`/controls/${requirementOwner.get(req)}/`] : [],
				),
				...view.entries['impact-assessments']
					.filter((a) => a.data.system === system.id || system.data.impactAssessment === a.id)
					.map((a) => `/impact-assessments/${a.id}/`),
				...view.entries.incidents
					.filter((i) => i.data.system === system.id)
					.map((i) => `/incidents/${i.id}/`),
			];
			for (const href of pairs) {
				expect(linksTo(html, href), `/systems/${system.id}/ → ${href}`).toBe(true);
				if (!href.startsWith('/incidents/'))
					expect(
						linksTo(page(href), `/systems/${system.id}/`),
						`${href} → /systems/${system.id}/`,
					).toBe(true);
				checked++;
			}
		}
		expect(checked, 'the example links no system to anything').toBeGreaterThan(0);
	});

	test('heatmap cell counts agree with the register, on the dashboard and the register page', () => {
		for (const path of ['/', '/risks/']) {
			const html = page(path);
			for (const axis of ['inherent', 'residual'] as const) {
				const svg = html.match(new RegExp(`<svg[^>]*data-heatmap="${axis}"[\\s\\S]*?</svg>`))?.[0];
				expect(svg, `${path} ${axis} heatmap`).toBeDefined();
				const cells = [
					...svg!.matchAll(/data-likelihood="(\d)" data-impact="(\d)" data-count="(\d+)"/g),
				].map(([, l, i, n]) => [Number(l), Number(i), Number(n)] as const);
				expect(cells).toHaveLength(25);
				for (const [likelihood, impact, count] of cells) {
					const expected = view.entries.risks.filter(
						(r) => r.data[axis].likelihood === likelihood && r.data[axis].impact === impact,
					).length;
					expect(count, `${path} ${axis} ${likelihood}×${impact}`).toBe(expected);
				}
				expect(cells.reduce((sum, [, , n]) => sum + n, 0)).toBe(view.entries.risks.length);
			}
		}
		for (const risk of view.entries.risks)
			expect(linksTo(page('/risks/'), `/risks/${risk.id}/`)).toBe(true);
	});

	test('the Statement of Applicability lists the 38 Annex A controls in catalogue order, and links the CSV export', () => {
		const html = page('/soa/');
		const rows = [...html.matchAll(/<tr data-requirement="([^"]+)"/g)].map(([, id]) => id);
		expect(rows).toEqual([...ANNEX_A_IDS]);
		expect(linksTo(html, '/exports/soa.csv')).toBe(true);
		const clauses = [...page('/soa/clauses/').matchAll(/<tr data-requirement="([^"]+)"/g)];
		expect(clauses).toHaveLength(32);
	});

	test('policies show the document-control block and their change history from git', () => {
		const history = readHistory(EXAMPLE, PROJECT);
		for (const policy of view.entries.policies) {
			const html = page(`/policies/${policy.id}/`);
			const block = html.match(/<dl data-doc-control>[\s\S]*?<\/dl>/)?.[0] ?? '';
			for (const label of [
				'Document',
				'Version',
				'Status',
				'Owner',
				'Approver',
				'Last approved',
				'Next review',
			])
				expect(block, `${policy.id}: ${label}`).toContain(`<dt>${label}</dt>`);
			expect(block).toContain(policy.data.docId);
			expect(block).toContain(policy.data.version);
			const commits = history.get(policy.file) ?? [];
			if (commits.length === 0) expect(html).toContain('No recorded changes');
			else for (const commit of commits) expect(html).toContain(commit.hash.slice(0, 10));
		}
	});
});

describe('document control', () => {
	/** Rows of the revision table in a page (or a part of one): version, approval date, approver's page, summary. */
	const revisionRows = (html: string) =>
		[
			...(html.match(/<table data-revisions>[\s\S]*?<\/table>/)?.[0] ?? '').matchAll(
				/<tr data-version="([^"]+)"><th scope="row">[^<]*<\/th><td>([^<]*)<\/td><td>(?:<a href="([^"]+)">)?[\s\S]*?<\/td><td>([^<]*)<\/td><\/tr>/g,
			),
		].map(([, version, date, approver, summary]) => ({ version, date, approver, summary }));
	const controlled = () => [
		...view.entries.policies.map((p) => ({ path: `/policies/${p.id}/`, doc: p.data })),
		{ path: '/soa/', doc: view.organization.data.soa! },
	];

	test('every controlled document shows its revision table, with a dated, approved row for its current version', () => {
		expect(
			view.organization.data.soa,
			'the example records the SoA’s document control',
		).toBeDefined();
		for (const { path, doc } of controlled()) {
			const html = page(path);
			const rows = revisionRows(html);
			expect(
				rows.map((r) => r.version),
				path,
			).toEqual(doc.revisions.map((r) => r.version));
			const current = rows.find((r) => r.version === doc.version);
			expect(current, `${path}: a row for version ${doc.version}`).toBeDefined();
			expect(current!.date, path).toBe(doc.approvedOn);
			expect(current!.approver, path).toBe(`/people/${doc.approver}/`);
			for (const row of rows)
				expect(row.summary!.trim().length, `${path} ${row.version}`).toBeGreaterThan(0);
			const block = html.match(/<dl data-doc-control>[\s\S]*?<\/dl>/)?.[0] ?? '';
			expect(block, path).toContain(`<dt>Last approved</dt><dd>${doc.approvedOn}</dd>`);
			expect(block, path).toContain(`<dt>Next review</dt><dd>${doc.nextReview}</dd>`);
		}
	});

	test('the example policies have consistent revision histories: newest first, one row per version, dates not going backwards', () => {
		for (const policy of view.entries.policies) {
			const versions = policy.data.revisions.map((r) => r.version);
			expect(new Set(versions).size, policy.id).toBe(versions.length);
			expect(versions[0], policy.id).toBe(policy.data.version);
			const dates = policy.data.revisions.map((r) => r.date!);
			expect([...dates].sort().reverse(), policy.id).toEqual(dates);
		}
	});

	test('the audit pack is dated and bundles the SoA, the clause evidence map, every policy’s revisions, the risk register and open nonconformities', () => {
		const html = page('/audit-pack/');
		expect(html).toMatch(new RegExp(`<time datetime="${AS_OF}" data-pack-date>`));
		const rows = [...html.matchAll(/<tr data-requirement="([^"]+)"/g)].map(([, id]) => id);
		expect(rows.filter((id) => id!.startsWith('A.'))).toEqual([...ANNEX_A_IDS]);
		expect(rows.filter((id) => !id!.startsWith('A.'))).toHaveLength(32);
		for (const policy of view.entries.policies) {
			const part =
				html.match(
					new RegExp(`<section[^>]*data-pack-policy="${policy.id}"[\\s\\S]*?</table>`),
				)?.[0] ?? '';
			expect(
				revisionRows(part).map((r) => r.version),
				policy.id,
			).toEqual(policy.data.revisions.map((r) => r.version));
		}
		for (const risk of view.entries.risks)
			expect(html, risk.id).toContain(`<tr data-risk="${risk.id}">`);
		expect(html).toContain('data-open-actions');
	});
});

describe('dashboard', () => {
	test('heatmap cells that hold risks are links to them, labelled by title', () => {
		const html = page('/');
		for (const axis of ['inherent', 'residual'] as const) {
			const svg = html.match(new RegExp(`<svg[^>]*data-heatmap="${axis}"[\\s\\S]*?</svg>`))![0];
			const cells = [
				...svg.matchAll(
					/<a href="([^"]+)" aria-label="([^"]+)" class="hb-cell[^"]*" data-likelihood="(\d)" data-impact="(\d)" data-count="(\d+)"/g,
				),
			];
			const held = view.entries.risks.map(
				(r) => `${r.data[axis].likelihood}x${r.data[axis].impact}`,
			);
			expect(cells.length, axis).toBe(new Set(held).size);
			for (const [, href, label, l, i] of cells) {
				const risks = view.entries.risks.filter(
					(r) => r.data[axis].likelihood === Number(l) && r.data[axis].impact === Number(i),
				);
				for (const risk of risks)
					expect(label, `${axis} ${l}×${i}`).toContain(
						risk.data.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;'),
					);
				if (risks.length === 1) expect(href).toBe(`/risks/${risks[0]!.id}/`);
				else {
					expect(href).toBe(`#heatmap-${axis}-${l}x${i}`);
					const row =
						html.match(new RegExp(`<tr id="heatmap-${axis}-${l}x${i}"[\\s\\S]*?</tr>`))?.[0] ?? '';
					for (const risk of risks) expect(row).toContain(`href="/risks/${risk.id}/"`);
				}
			}
		}
	});

	test('reviews and actions coming due in 30, 60 and 90 days stand beside the overdue ones, by owner', () => {
		const html = page('/');
		const groups = dueByOwner(dueItems(view), AS_OF);
		const summary = html.match(/<table data-due-summary>[\s\S]*?<\/table>/)?.[0] ?? '';
		const rendered = [...summary.matchAll(/<td data-bucket="([^"]+)">(\d+)<\/td>/g)].reduce<
			Record<string, number>
		>((sum, [, bucket, n]) => ({ ...sum, [bucket!]: (sum[bucket!] ?? 0) + Number(n) }), {});
		const expected = groups.reduce<Record<string, number>>((sum, g) => {
			for (const [bucket, n] of Object.entries(g.counts)) sum[bucket] = (sum[bucket] ?? 0) + n;
			return sum;
		}, {});
		expect(rendered).toEqual(expected);
		// The example has something coming due, not only overdue, so the test is not vacuous.
		expect(
			(expected['within-30'] ?? 0) + (expected['within-60'] ?? 0) + (expected['within-90'] ?? 0),
		).toBeGreaterThan(0);
		expect(expected.overdue).toBeGreaterThan(0);
		for (const g of groups) if (g.owner) expect(summary).toContain(`href="#due-${g.owner}"`);
	});
});

describe('audit findings', () => {
	test('each finding has its own anchor on its audit page, and every link to a finding lands on its row', () => {
		const findings = view.entries.audits.flatMap((a) =>
			a.data.findings.map((f) => ({ audit: a, finding: f })),
		);
		expect(findings.length, 'the example has findings').toBeGreaterThan(3);
		for (const { audit, finding } of findings) {
			const row = parseHtml(page(`/audits/${audit.id}/`)).one(
				`tr[id="${findingAnchor(finding.id)}"]`,
			);
			expect(row, `${audit.id} ${finding.id}`).not.toBeNull();
			expect(row!.attribs['data-finding']).toBe(finding.id);
		}
		// Every fragment link to a finding, on any page, names a row that exists on the page it opens.
		const dangling: string[] = [];
		let links = 0;
		for (const name of listFiles(dist).filter((f) => f.endsWith('.html'))) {
			for (const [, path, fragment] of readFileSync(join(dist, name), 'utf8').matchAll(
				/href="(\/audits\/[^"#]+\/)#(finding-[^"]+)"/g,
			)) {
				links++;
				if (!parseHtml(page(path!)).one(`[id="${fragment}"]`))
					dangling.push(`${name} → ${path}#${fragment}`);
			}
		}
		expect(dangling).toEqual([]);
		expect(links).toBeGreaterThanOrEqual(findings.length);
	});

	test('the audits index and the page of each requirement a finding concerns link to that finding', () => {
		const index = page('/audits/');
		for (const audit of view.entries.audits) {
			for (const finding of audit.data.findings) {
				expect(linksTo(index, findingHref(audit.id, finding.id)), `/audits/ → ${finding.id}`).toBe(
					true,
				);
				const control = view.entries.controls.find(
					(c) => c.data.requirement === finding.requirement,
				);
				if (control)
					expect(
						linksTo(page(`/controls/${control.id}/`), findingHref(audit.id, finding.id)),
						`/controls/${control.id}/ → ${finding.id}`,
					).toBe(true);
			}
		}
	});
});

describe('handbook output rules', () => {
	test('headings never skip a level, and every page starts with its h1', () => {
		const bad: string[] = [];
		for (const name of listFiles(dist).filter((f) => f.endsWith('.html'))) {
			const levels = [...readFileSync(join(dist, name), 'utf8').matchAll(/<h([1-6])[\s>]/g)].map(
				([, n]) => Number(n),
			);
			if (levels[0] !== 1) bad.push(`${name}: first heading h${levels[0]}`);
			levels.forEach((level, i) => {
				if (i > 0 && level > levels[i - 1]! + 1) bad.push(`${name}: h${levels[i - 1]} → h${level}`);
			});
		}
		expect(bad).toEqual([]);
	});

	test('no script or other content after </html>', () => {
		for (const name of listFiles(dist).filter((f) => f.endsWith('.html')))
			expect(readFileSync(join(dist, name), 'utf8').trimEnd().endsWith('</html>'), name).toBe(true);
	});

	const htmlFiles = () => listFiles(dist).filter((f) => f.endsWith('.html'));

	test('the sidebar lists areas, not entries, on every page', () => {
		for (const name of htmlFiles()) {
			const nav = readFileSync(join(dist, name), 'utf8').match(
				/<nav class="hb-sidebar"[\s\S]*?<\/nav>/,
			)?.[0];
			if (!nav) continue;
			expect(nav.match(/<a /g)?.length, name).toBe(AREAS.length + 1);
		}
	});

	test('no inline script or event handler anywhere (the CSP allows script files only)', () => {
		for (const name of htmlFiles()) {
			const html = readFileSync(join(dist, name), 'utf8');
			expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), name).toBeNull();
			expect(html.match(/<[^>]+\son[a-z]+=/g), name).toBeNull();
			expect(html, name).not.toMatch(/\sstyle="/);
		}
	});

	test('indexed pages carry their type as a search filter; system pages also owner, status and tier', () => {
		const system = view.entries.systems[0]!;
		const html = page(`/systems/${system.id}/`);
		expect(html).toContain('data-pagefind-body');
		expect(html).toContain('data-pagefind-filter="type:AI system"');
		expect(html).toContain(`data-pagefind-filter="tier:${system.data.euAiAct.tier}"`);
		expect(html).toContain(`data-pagefind-filter="status:${system.data.stage}"`);
		expect(html).toMatch(/data-pagefind-filter="owner:[^"]+"/);
		// Filter pages repeat the inventory; they stay out of the index.
		const [facet] = FACETS;
		expect(page(`/systems/${facet}/${system.data.euAiAct.tier}/`)).not.toContain(
			'data-pagefind-body',
		);
		expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
	});

	test('entry pages link to their source file for editing and say when git last saw it change', () => {
		const editBase = view.organization.data.repository?.editBase;
		const policy = view.entries.policies[0]!;
		const html = page(`/policies/${policy.id}/`);
		if (editBase) expect(linksTo(html, `${editBase}${policy.file}`)).toBe(true);
		expect(html).toMatch(/Last updated \d{4}-\d{2}-\d{2} by |No recorded changes/);
	});
});
