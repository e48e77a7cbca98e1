import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/pipeline.ts';
import { createView } from '../../src/lib/views/audience.ts';
import { contentTree, writeContent } from '../helpers/content.ts';

function fixture() {
	const { root, content } = contentTree('views');
	writeContent(content, 'documents/files/report.pdf', '%PDF-1.4\n');
	writeContent(
		content,
		'documents/public-report.yaml',
		'audience: public\ntitle: Public report\ndescription: For anyone.\nkind: report\nfile: report.pdf\ndate: "2026-01-01"\n',
	);
	writeContent(
		content,
		'documents/soc2.yaml',
		'audience: private\ntitle: SOC 2 report\ndescription: Under NDA.\nkind: report\nfile: report.pdf\ndate: "2026-01-01"\nlistPublicly: true\n',
	);
	writeContent(
		content,
		'documents/board-pack.yaml',
		'audience: private\ntitle: Board pack\ndescription: Never listed.\nkind: report\nfile: report.pdf\ndate: "2026-01-01"\n',
	);
	const result = checkContent({ root, asOf: '2026-11-28' });
	expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	return result.entries;
}

describe('audience views', () => {
	const entries = fixture();

	test('entries default to internal and reach only the handbook', () => {
		expect(createView(entries, 'public').entries.people).toEqual([]);
		expect(createView(entries, 'private').entries.people).toEqual([]);
		expect(createView(entries, 'internal').entries.people.map((p) => p.id)).toEqual(['ada']);
	});

	test('internal-only fields are stripped below internal, private-only fields below private', () => {
		const control = (audience: 'public' | 'private' | 'internal') =>
			createView(entries, audience).entries.controls.find((c) => c.id === 'a.2.2')!.data;
		expect(control('public')).not.toHaveProperty('owner');
		expect(control('public')).not.toHaveProperty('evidence');
		expect(control('private')).not.toHaveProperty('owner');
		expect(control('internal')).toHaveProperty('owner', 'ada');
		const org = createView(entries, 'public').organization.data;
		expect(org).not.toHaveProperty('handbookUrl');
		expect(createView(entries, 'internal').organization.data).toHaveProperty('handbookUrl');
	});

	test('a private document can be named on the public site without its file', () => {
		const view = createView(entries, 'public');
		expect(view.entries.documents.map((d) => d.id)).toEqual(['public-report']);
		expect(view.documentsOnRequest).toEqual([
			{
				key: 'request-soc-2-report',
				title: 'SOC 2 report',
				description: 'Under NDA.',
				kind: 'report',
				date: '2026-01-01',
			},
		]);
		expect(JSON.stringify(view.documentsOnRequest)).not.toContain('report.pdf');
		expect(JSON.stringify(view.documentsOnRequest)).not.toContain('soc2');
		expect(createView(entries, 'private').documentsOnRequest).toEqual([]);
	});

	test('entries come out sorted by identifier whatever the load order', () => {
		const reversed = createView([...entries].reverse(), 'internal');
		expect(reversed).toEqual(createView(entries, 'internal'));
	});
});
