import { describe, expect, test } from 'vitest';
import {
	euTitle,
	externalUrl,
	humanize,
	requirementLabel,
} from '../../../src/lib/handbook/format.ts';

describe('wording', () => {
	test('enum values read as words; reference ids as their titles', () => {
		expect(humanize('not-applicable')).toBe('Not applicable');
		expect(euTitle('high-risk-annex-iii')).toBe('High-risk (Annex III use)');
		expect(euTitle('deployer')).toBe('Deployer');
		expect(requirementLabel('A.6.2.4')).toBe('A.6.2.4 AI system verification and validation');
		expect(requirementLabel('10.2')).toBe('10.2 Nonconformity and corrective action');
	});

	test('only evidence given as a URL becomes a link; a repository path stays text', () => {
		expect(externalUrl('https://drive.example.com/report.pdf')).toBe(
			'https://drive.example.com/report.pdf',
		);
		expect(externalUrl('aims/suppliers/soc2.pdf')).toBeUndefined();
		expect(externalUrl('javascript:alert(1)')).toBeUndefined();
	});
});
