/** The one posture derivation, the NDA tier, badges and the yes/no rule, on the trust fixture through the real pipeline. */
import { describe, expect, test } from 'vitest';
import { isYesNoQuestion, shortAnswerOf } from '../../../src/lib/trust/answers.ts';
import { certificationBadge } from '../../../src/lib/trust/badges.ts';
import { certificationProgress, isHeld } from '../../../src/lib/trust/certifications.ts';
import { markOf, mappedFrameworks } from '../../../src/lib/trust/frameworks.ts';
import { isNdaOnly, ndaAdditions } from '../../../src/lib/trust/nda.ts';
import { inPlace, posture } from '../../../src/lib/trust/posture.ts';
import { unresolvedSecurityTxtUrls } from '../../../src/lib/trust/security-txt.ts';
import { trustView } from './fixture.ts';

describe('posture', () => {
	test('counts Annex A and clauses apart, and never counts an undisclosed line as not implemented', () => {
		const figures = posture(trustView('public'));
		// The fixture publishes every Annex A line but A.7.6 (private), and all 32 clauses.
		expect(figures.annexA).toMatchObject({
			total: 38,
			disclosed: 37,
			undisclosed: 1,
			applicable: 36,
		});
		expect(figures.annexA.byStatus).toMatchObject({
			implemented: 34,
			partial: 1,
			planned: 1,
			alternative: 0,
			'not-applicable': 1,
		});
		expect(inPlace(figures.annexA)).toBe(34);
		expect(figures.clauses).toMatchObject({ total: 32, disclosed: 32, undisclosed: 0 });
		expect(figures.systems).toBe(1);
		expect(figures.lastReview).toBe('2026-06-01');
		expect(
			figures.openFindings,
			'audits are internal: no figure for the trust center',
		).toBeUndefined();
	});

	test('the private view adds its lines to the same figures', () => {
		const figures = posture(trustView('private'));
		expect(figures.annexA.byStatus.implemented).toBe(35);
		expect(figures.annexA.undisclosed).toBe(0);
	});

	test('categories add up to the Annex A totals', () => {
		const figures = posture(trustView('public'));
		expect(figures.categories).toHaveLength(9);
		expect(figures.categories.reduce((n, c) => n + c.total, 0)).toBe(38);
		expect(figures.categories.reduce((n, c) => n + c.undisclosed, 0)).toBe(
			figures.annexA.undisclosed,
		);
		expect(figures.categories.reduce((n, c) => n + c.byStatus.implemented, 0)).toBe(
			figures.annexA.byStatus.implemented,
		);
	});

	test('is computed once per view', () => {
		const view = trustView('public');
		expect(posture(view)).toBe(posture(view));
	});
});

describe('the NDA tier', () => {
	test('marks private entries on the private site only', () => {
		const publicView = trustView('public');
		const privateView = trustView('private');
		const privateAnswer = privateView.entries.answers.find((a) => a.data.audience === 'private')!;
		expect(isNdaOnly(privateView, privateAnswer)).toBe(true);
		expect(
			isNdaOnly(
				privateView,
				privateView.entries.answers.find((a) => a.data.audience === 'public')!,
			),
		).toBe(false);
		expect(publicView.entries.answers.some((a) => isNdaOnly(publicView, a))).toBe(false);
	});

	test('says what the private site adds, by collection, and nothing on the public site', () => {
		expect(ndaAdditions(trustView('public'))).toEqual([]);
		const additions = ndaAdditions(trustView('private'));
		expect(additions.map((a) => [a.label, a.count])).toEqual([
			['Statement of Applicability line', 1],
			['control with implementation detail', 1],
			['document to download', 1],
			['questionnaire answer', 1],
			['update', 1],
		]);
	});
});

describe('yes/no pills', () => {
	test('only closed questions take the short answer', () => {
		expect(isYesNoQuestion('Do you train models on customer data?')).toBe(true);
		expect(isYesNoQuestion('Is customer data encrypted?')).toBe(true);
		expect(isYesNoQuestion('Who is accountable for AI governance in your organisation?')).toBe(
			false,
		);
		expect(isYesNoQuestion('Describe your AI risk methodology.')).toBe(false);
		expect(isYesNoQuestion('How do you monitor drift?')).toBe(false);
		expect(shortAnswerOf({ question: 'Who is accountable?', response: 'yes' })).toBeUndefined();
		expect(shortAnswerOf({ question: 'Are you certified?', response: 'yes' })).toBe('yes');
		expect(shortAnswerOf({ question: 'Are you certified?' })).toBeUndefined();
	});
});

describe('certification badges and tracks', () => {
	test('an attestation shows its period and report, a certification its validity or next audit', () => {
		const view = trustView('public');
		const iso = certificationBadge(view.entries.certifications.find((c) => c.id === 'iso-42001')!);
		expect(iso).toMatchObject({
			mark: { id: 'iso', code: '42001' },
			statusLabel: 'Certified',
			dates: ['Valid until 28 February 2029'],
		});
		const soc = certificationBadge(view.entries.certifications.find((c) => c.id === 'soc-2')!);
		expect(soc.statusLabel).toBe('In progress: stage 1 audit');
		expect(soc.mark).toEqual({ id: 'soc', code: 'SOC 2' });
	});

	test('an attestation travels planned → readiness → audit period → report issued', () => {
		const progress = certificationProgress('observation', 'attestation');
		expect(progress.steps.map((s) => s.label)).toEqual([
			'Planned',
			'Readiness assessment',
			'Audit period running',
			'Report issued',
		]);
		expect(progress.steps.map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo']);
		expect(isHeld('attested')).toBe(true);
		expect(certificationProgress('attested', 'attestation').reached).toBe(4);
	});

	test('each framework gets its own mark, from the name the content writes', () => {
		expect(markOf('ISO/IEC 27001:2022')).toEqual({ id: 'iso', code: '27001' });
		expect(markOf('SOC 2 Type II').id).toBe('soc');
		expect(markOf('Cyber Essentials Plus').id).toBe('generic');
		expect(mappedFrameworks(trustView('public').entries.controls).map((f) => f.title)).toEqual([
			'EU AI Act',
			'NIST AI RMF',
		]);
	});
});

describe('security.txt targets', () => {
	const org = {
		trustCenterUrl: 'https://trust.example.com',
		contacts: {
			security: { email: 's@example.com', url: 'https://trust.example.com/security' },
			privacy: { email: 'p@example.com' },
			aiGovernance: { email: 'a@example.com' },
		},
		securityTxt: {
			expires: '2027-01-01',
			preferredLanguages: ['en'],
			policy: 'https://trust.example.com/security/disclosure-policy',
		},
	};

	test('a URL on our own host must name a page of the site, with or without its trailing slash', () => {
		expect(unresolvedSecurityTxtUrls(org, ['/', '/security/'])).toEqual([
			{ field: 'securityTxt.policy', url: 'https://trust.example.com/security/disclosure-policy' },
		]);
		expect(
			unresolvedSecurityTxtUrls(org, ['/', '/security/', '/security/disclosure-policy/']),
		).toEqual([]);
	});

	test('under a base path, a URL must name a page under that path', () => {
		const under = {
			...org,
			trustCenterUrl: 'https://trust.example.com/aims',
			contacts: {
				...org.contacts,
				security: { email: 's@example.com', url: 'https://trust.example.com/aims/security' },
			},
			securityTxt: { ...org.securityTxt, policy: 'https://trust.example.com/security/' },
		};
		// /security/ is the site's page at /aims/security/; the root's /security/ is none of its pages.
		expect(unresolvedSecurityTxtUrls(under, ['/', '/security/'])).toEqual([
			{ field: 'securityTxt.policy', url: 'https://trust.example.com/security/' },
		]);
	});

	test('a URL on another host is not ours to check', () => {
		expect(
			unresolvedSecurityTxtUrls(
				{ ...org, securityTxt: { ...org.securityTxt, policy: 'https://hackerone.com/example' } },
				['/security/'],
			),
		).toEqual([]);
	});
});
