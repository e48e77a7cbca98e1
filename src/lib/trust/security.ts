/**
 * The security programme overview (/security/) as the content describes it: which answers
 * speak to testing and to incident response, which documents prove them, and the disclosure
 * policy. One selection, so the page stays a thin template.
 */
import type { AudienceView } from '../views/audience.ts';
import { newestFirst } from './order.ts';

/** Document kinds that evidence security testing. */
const TESTING_DOCUMENTS = new Set(['pen-test-letter', 'assessment', 'report']);
/** Words that put a security answer under “testing”. */
const TESTING = /\b(test|tests|tested|testing|penetration|red[- ]team|scan|scanning|evaluation)\b/i;

export function securityProgramme(view: AudienceView) {
	const { answers, documents, policies, updates } = view.entries;
	const security = answers.filter((a) => a.data.category === 'security');
	return {
		policies: policies.filter((p) => p.data.status === 'approved'),
		testing: security.filter((a) => TESTING.test(a.data.question)),
		practices: security.filter((a) => !TESTING.test(a.data.question)),
		incidentResponse: answers.filter((a) => a.data.category === 'incident-response'),
		testingDocuments: documents.filter((d) => TESTING_DOCUMENTS.has(d.data.kind)),
		testingOnRequest: view.documentsOnRequest.filter((d) => TESTING_DOCUMENTS.has(d.kind)),
		incidentUpdates: newestFirst(
			updates.filter((u) => u.data.category === 'incident' || u.data.category === 'security'),
		).slice(0, 3),
	};
}
