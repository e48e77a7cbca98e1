/** Answers derived from the example organisation's content, per audience. */
import { describe, expect, test } from 'vitest';
import { deriveAnswers } from '../../../src/cli/answer/derived.ts';
import { decide } from '../../../src/cli/answer/fill.ts';
import { knowledgeBase } from '../../../src/cli/answer/knowledge.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { PROJECT } from '../../helpers/content.ts';

const AS_OF = '2026-11-28';
const checked = checkContent({ root: PROJECT, asOf: AS_OF });
const view = (audience: 'public' | 'private' | 'internal') => createView(checked.entries, audience);
const byId = (audience: 'public' | 'private' | 'internal') =>
	new Map(deriveAnswers(view(audience), AS_OF).map((a) => [a.id, a]));

describe('answers derived from the content', () => {
	test('every derived answer cites entries its audience may read, and only those', () => {
		for (const audience of ['public', 'private', 'internal'] as const) {
			const v = view(audience);
			const readable = new Set(
				Object.values(v.entries).flatMap((entries) =>
					entries.map((e) => `${e.collection}/${e.id}`),
				),
			);
			for (const a of deriveAnswers(v, AS_OF)) {
				expect(a.id).toMatch(/^derived:[a-z-]+(:[a-z0-9.-]+)?$/);
				expect(a.sources.length, a.id).toBeGreaterThan(0);
				for (const source of a.sources)
					expect(readable.has(source), `${audience} ${a.id} cites ${source}`).toBe(true);
			}
		}
	});

	test('a public run never derives from private or internal entries', () => {
		const pub = byId('public');
		const internal = byId('internal');
		// Trainings and incidents are internal in the example: only the handbook's audience gets them.
		expect(pub.has('derived:trainings')).toBe(false);
		expect(pub.has('derived:incidents')).toBe(false);
		expect(internal.has('derived:trainings')).toBe(true);
		expect(internal.get('derived:incidents')!.text).toMatch(/^Yes\. 2026-/);
		const publicPolicies = view('public').entries.policies.map((p) => `derived:policy:${p.id}`);
		expect([...pub.keys()].filter((k) => k.startsWith('derived:policy:'))).toEqual(publicPolicies);
		expect(publicPolicies.length).toBeLessThan(view('internal').entries.policies.length);
		// A public system list names public systems only.
		const internalOnly = view('internal')
			.entries.systems.filter((s) => s.data.audience !== 'public')
			.map((s) => s.data.title);
		for (const title of internalOnly)
			expect(pub.get('derived:ai-systems')!.text).not.toContain(title);
	});

	test('certifications say yes only when held and in date (a certificate or an issued report), with body, reference and dates', () => {
		const pub = byId('public');
		expect(pub.get('derived:certification:iso-27001')).toMatchObject({
			response: 'yes',
			text: expect.stringMatching(
				/^Yes\. ISO\/IEC 27001:2022: certified, by Meridian Assurance Certification Ltd \(accredited by UKAS\), reference MAC-ISMS-20417, issued 2025-04-14, valid until 2028-04-13\. Scope: /,
			),
		});
		// On the way (stage 2 audit): Partial, as the written answer says, and the text says not yet.
		expect(pub.get('derived:certification:iso-42001')).toMatchObject({
			response: 'partial',
			text: expect.stringMatching(/^Not yet\. ISO\/IEC 42001:2023: stage 2 audit/),
		});
		// An attestation whose report is issued is held, like a certificate: not "Not yet … report issued".
		expect(pub.get('derived:certification:soc-2-type-ii')).toMatchObject({
			response: 'yes',
			text: expect.stringMatching(/^Yes\. SOC 2 Type II/),
		});
		const later = new Map(deriveAnswers(view('public'), '2029-01-01').map((a) => [a.id, a]));
		expect(later.get('derived:certification:iso-27001')!.response).toBe('no');
	});

	test('the organisation, its subprocessors and their locations answer the questions buyers ask about them', () => {
		const kb = knowledgeBase(view('public'), AS_OF);
		expect(decide(kb, 'Solution Provider Name')).toMatchObject({
			outcome: 'answered',
			answer: { text: 'Northwind Analytics' },
		});
		const subs = decide(kb, 'List your subprocessors and where they process data.');
		expect(subs).toMatchObject({ outcome: 'answered', answer: { id: 'derived:subprocessors' } });
		expect(subs.answer!.text).toContain('Stratus Cloud');
		expect(subs.answer!.sources).toContain('subprocessors/stratus-cloud');
		expect(decide(kb, 'Do you hold a current ISO 27001 certificate?')).toMatchObject({
			short: 'yes',
			answer: { id: 'derived:certification:iso-27001' },
		});
		// The certificate's number and dates are the certification entry's: its answer gives them.
		const number = decide(kb, 'What is the certificate number of your ISO 27001 certificate?');
		expect(number).toMatchObject({
			outcome: 'answered',
			answer: { id: 'derived:certification:iso-27001' },
		});
		expect(number.answer!.text).toContain('MAC-ISMS-20417');
	});

	test('a subprocessor asked about by name is answered from its own entry: what it does, what it processes, where and since when', () => {
		const kb = knowledgeBase(view('public'), AS_OF);
		const where = decide(kb, 'Where does Lexica AI process our data?');
		expect(where).toMatchObject({
			outcome: 'answered',
			answer: { id: 'derived:subprocessor:lexica-ai', sources: ['subprocessors/lexica-ai'] },
		});
		expect(where.answer!.text).toContain('EU tenants - Netherlands and Ireland');
		const since = decide(kb, 'Since when has Stratus Cloud Services been your subprocessor?');
		expect(since.answer).toMatchObject({ id: 'derived:subprocessor:stratus-cloud' });
		expect(since.answer!.text).toMatch(
			/^Yes\. Stratus Cloud Services has been one of our subprocessors since \d{4}-\d{2}-\d{2}\. /,
		);
		expect(decide(kb, 'Is Caseloom one of your subprocessors?')).toMatchObject({
			short: 'yes',
			answer: { id: 'derived:subprocessor:caseloom' },
		});
		// A company that is not a subprocessor is not answered by one that is.
		expect(decide(kb, 'Is Salesforce one of your subprocessors?').outcome).not.toBe('answered');
		// The list still answers a question about all of them.
		expect(decide(kb, 'Can you provide a list of your subprocessors?').answer).toMatchObject({
			id: 'derived:subprocessors',
		});
	});
});
