/**
 * The security-txt-url rule through the real pipeline, so the page list it checks against is
 * the trust center's own (src/lib/trust/pages.ts). The failing case is in the bad-content
 * corpus (tests/fixtures/bad/security-txt-url-no-page); these are the addresses it must accept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { contentTree, MINIMAL, writeContent } from '../../helpers/content.ts';

const ORGANIZATION = readFileSync(join(MINIMAL, 'organization/organization.yaml'), 'utf8');

function securityTxtDiagnostics(name: string, organization: string) {
	const { root, content } = contentTree(`security-txt-rule-${name}`);
	writeContent(content, 'organization/organization.yaml', organization);
	const result = checkContent({ root, asOf: '2026-11-28' });
	// Rules run only on valid files: an organisation entry the schema rejects would make every case pass.
	expect(result.rulesRan).toBe(true);
	const errors = result.diagnostics.filter((d) => d.severity === 'error');
	expect(errors.filter((d) => d.rule !== 'security-txt-url')).toEqual([]);
	return errors.filter((d) => d.rule === 'security-txt-url');
}

const withUrls = (contact: string, policy: string, extra = '') =>
	ORGANIZATION.replace(
		'security: { email: security@minimal.example }',
		`security: { email: security@minimal.example, url: "${contact}" }`,
	).replace(
		'securityTxt: { expires: "2027-10-01" }',
		`securityTxt: { expires: "2027-10-01", policy: "${policy}" }\n${extra}`,
	);

const DISCLOSURE =
	'vulnerabilityDisclosure: { inScope: [the platform], acknowledgeWithin: 3 business days, safeHarbor: We will not pursue good-faith research. }\n';

describe('security.txt URLs on the trust center’s host', () => {
	test('the fixture really sets both URLs (so an empty result below means accepted)', () => {
		expect(
			securityTxtDiagnostics(
				'both-missing',
				withUrls('https://trust.minimal.example/contact', 'https://trust.minimal.example/nowhere/'),
			),
		).toHaveLength(2);
	});

	test('/security/ and, with a disclosure policy defined, /security/disclosure-policy/ resolve, with or without the slash', () => {
		expect(
			securityTxtDiagnostics(
				'security-page',
				withUrls(
					'https://trust.minimal.example/security',
					'https://trust.minimal.example/security/disclosure-policy',
					DISCLOSURE,
				),
			),
		).toEqual([]);
		expect(
			securityTxtDiagnostics(
				'security-page-slash',
				withUrls(
					'https://trust.minimal.example/security/#disclosure',
					'https://trust.minimal.example/security/disclosure-policy/',
					DISCLOSURE,
				),
			),
		).toEqual([]);
	});

	test('the disclosure-policy page exists only once vulnerabilityDisclosure is set', () => {
		const [diagnostic] = securityTxtDiagnostics(
			'no-disclosure',
			withUrls(
				'https://trust.minimal.example/security/',
				'https://trust.minimal.example/security/disclosure-policy/',
			),
		);
		expect(diagnostic).toMatchObject({
			severity: 'error',
			field: 'securityTxt.policy',
			line: 13,
			file: 'src/content/organization/organization.yaml',
		});
		expect(diagnostic!.fix).toContain('vulnerabilityDisclosure');
	});

	test('addresses on other hosts are not checked', () => {
		expect(
			securityTxtDiagnostics(
				'other-host',
				withUrls('https://hackerone.com/minimal', 'https://www.minimal.example/security/policy'),
			),
		).toEqual([]);
	});
});
