/**
 * Every route helper names a page the built example actually has. Each helper exported by the
 * route modules (src/lib/routes.ts, src/lib/trust/routes.ts, src/lib/handbook/routes.ts) is
 * called with every argument the example's content gives it (each system, policy, finding,
 * facet value…), and the address must be a file in the site's dist; an address with a
 * fragment must also land on an element with that id. A helper without a case here fails the
 * test, so a new route cannot go unchecked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { exportsFor } from '../../src/lib/exports/catalog.ts';
import { FACETS, facetValues } from '../../src/lib/handbook/facets.ts';
import { AREAS } from '../../src/lib/handbook/nav.ts';
import * as handbookRoutes from '../../src/lib/handbook/routes.ts';
import { checkContent } from '../../src/lib/pipeline.ts';
import * as sharedRoutes from '../../src/lib/routes.ts';
import { updateCategories } from '../../src/lib/trust/pages.ts';
import * as trustRoutes from '../../src/lib/trust/routes.ts';
import { createView, type AudienceView } from '../../src/lib/views/audience.ts';
import { AS_OF } from '../helpers/build.ts';
import { EXAMPLE, PROJECT } from '../helpers/content.ts';
import { parseHtml } from '../helpers/html.ts';

type Helper = (...args: never[]) => string | undefined;
type Cases = Record<string, unknown[][]>;

/** The exported functions of a module whose names end in `Href`. */
const helpersOf = (module: Record<string, unknown>) =>
	Object.entries(module).filter(
		(pair): pair is [string, Helper] => pair[0].endsWith('Href') && typeof pair[1] === 'function',
	);

let views: { public: AudienceView; private: AudienceView; internal: AudienceView };

beforeAll(() => {
	const entries = checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries;
	views = {
		public: createView(entries, 'public'),
		private: createView(entries, 'private'),
		internal: createView(entries, 'internal'),
	};
});

const ids = (list: readonly { id: string }[]) => list.map((entry) => [entry.id]);

function sharedCases(kind: 'trust' | 'handbook'): Cases {
	return {
		homeHref: [[]],
		stylesheetHref: [[]],
		exportsHref: [[]],
		exportFileHref: exportsFor(kind).map((spec) => [spec.file]),
		searchHref: [[]],
	};
}

function trustCases(view: AudienceView): Cases {
	const { entries, organization } = view;
	const categories = updateCategories(view);
	const annexGroups = [
		...new Set(
			entries.controls
				.map((c) => c.data.requirement)
				.filter((r) => r.startsWith('A.'))
				.map((r) => r.split('.').slice(0, 2).join('.')),
		),
	];
	return {
		securityHref: [[]],
		disclosureHref: [[]],
		disclosurePolicyHref: organization.data.vulnerabilityDisclosure ? [[]] : [],
		securityTxtHref: [[]],
		certificationsHref: [[]],
		certificationHref: ids(entries.certifications),
		controlsHref: [[]],
		controlGroupHref: annexGroups.map((group) => [group]),
		controlsWithStatusHref: [...new Set(entries.controls.map((c) => c.data.status))]
			.filter((status) => status !== undefined)
			.map((status) => [status]),
		requirementHref: entries.controls.map((c) => [c.data.requirement]),
		aiHref: [[]],
		systemsHref: [[]],
		systemHref: ids(entries.systems),
		answersHref: [[]],
		documentsHref: [[]],
		documentHref: entries.documents.flatMap((d) => (d.data.file ? [[d.data.file]] : [])),
		subprocessorsHref: [[]],
		subprocessorHref: ids(entries.subprocessors),
		policiesHref: [[]],
		policyHref: ids(entries.policies),
		updatesHref: [[], ...categories.map((c) => [c])],
		updateHref: ids(entries.updates),
		subscribeHref: [[]],
		rssFeedHref: [[], ...categories.map((c) => [c])],
		jsonFeedHref: [[], ...categories.map((c) => [c])],
		requestAccessPageHref: [[]],
		trustJsonHref: [[]],
		trustSchemaHref: [[]],
	};
}

function handbookCases(view: AudienceView): Cases {
	const { entries } = view;
	const every = handbookRoutes.DETAIL_COLLECTIONS.flatMap((c) =>
		entries[c].map((entry) => [entry]),
	);
	return {
		hrefOf: every,
		entryHref: every.map(([entry]) => [entry!.collection, entry!.id]),
		policyHref: ids(entries.policies),
		systemHref: ids(entries.systems),
		riskHref: ids(entries.risks),
		controlHref: ids(entries.controls),
		assessmentHref: ids(entries['impact-assessments']),
		datasetHref: ids(entries.datasets),
		auditHref: ids(entries.audits),
		incidentHref: ids(entries.incidents),
		phaseHref: ids(entries.roadmap),
		trainingHref: ids(entries.trainings),
		personHref: ids(entries.people),
		certificationHref: ids(entries.certifications),
		findingHref: entries.audits.flatMap((a) => a.data.findings.map((f) => [a.id, f.id])),
		sectionHref: handbookRoutes.DETAIL_COLLECTIONS.map((c) => [c]),
		areaHref: AREAS.map((a) => [a.href]),
		policiesHref: [[]],
		systemsHref: [[]],
		systemFacetHref: FACETS.flatMap((facet) =>
			facetValues(entries.systems, facet).map((value) => [facet, value]),
		),
		systemsDataHref: [[]],
		risksHref: [[]],
		soaHref: [[]],
		clausesHref: [[]],
		assessmentsHref: [[]],
		datasetsHref: [[]],
		peopleHref: [[]],
		auditPackHref: [[]],
	};
}

/** Why an address does not resolve in a built site, or undefined when it does. */
function unresolved(siteDir: string, href: string): string | undefined {
	const [path, fragment] = href.split('#') as [string, string | undefined];
	const file = join(siteDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) return `${href}: no file ${file}`;
	if (fragment === undefined) return undefined;
	const ids = parseHtml(readFileSync(file, 'utf8'))
		.all('[id]')
		.map((element) => element.attribs.id);
	return ids.includes(fragment) ? undefined : `${href}: no element with id "${fragment}"`;
}

function check(siteDir: string, modules: Record<string, unknown>[], cases: Cases) {
	const helpers = modules.flatMap(helpersOf);
	expect(helpers.map(([name]) => name).filter((name) => !(name in cases))).toEqual([]);
	const broken: string[] = [];
	let checked = 0;
	for (const [name, helper] of helpers)
		for (const args of cases[name]!) {
			const href = (helper as (...a: unknown[]) => string | undefined)(...args);
			const why = href === undefined ? 'undefined' : unresolved(siteDir, href);
			if (why) broken.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')}) → ${why}`);
			checked++;
		}
	expect(broken).toEqual([]);
	return checked;
}

describe('route helpers', () => {
	const dist = () => inject('exampleDist');

	test.each([
		['trust', 'public'],
		['trust-private', 'private'],
	] as const)('every trust center helper names a page %s has', (site, audience) => {
		const view = views[audience];
		const checked = check(join(dist(), site), [sharedRoutes, trustRoutes], {
			...sharedCases('trust'),
			...trustCases(view),
		});
		expect(checked).toBeGreaterThan(50);
	});

	test('every handbook helper names a page the handbook has', () => {
		const checked = check(join(dist(), 'handbook'), [sharedRoutes, handbookRoutes], {
			...sharedCases('handbook'),
			...handbookCases(views.internal),
		});
		expect(checked).toBeGreaterThan(100);
	});

	test('a site path goes under the base once, and back', () => {
		expect(sharedRoutes.withBase('/controls/', '/')).toBe('/controls/');
		expect(sharedRoutes.withBase('/controls/', '/aims/')).toBe('/aims/controls/');
		expect(sharedRoutes.withBase('/', '/aims/')).toBe('/aims/');
		expect(sharedRoutes.sitePath('/aims/controls/', '/aims/')).toBe('/controls/');
		expect(sharedRoutes.sitePath('/controls/', '/')).toBe('/controls/');
		expect(() => sharedRoutes.withBase('controls/', '/')).toThrow(/starts with "\/"/);
	});
});
