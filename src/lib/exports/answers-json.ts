/**
 * The questionnaire knowledge base as JSON, for buyers' tools and our own: each answer with
 * its question, other wordings, short answer, text (plain and Markdown) and what backs it.
 */
import type { AudienceView } from '../views/audience.ts';
import { markdownToText, safeMarkdown } from '../render/plain-text.ts';
import { contentDate } from './stamp.ts';

/** Bumped when a field changes meaning or goes away. */
export const ANSWERS_JSON_VERSION = '1.0';

export function answersDocument(view: AudienceView) {
	return {
		format: 'aims-answers',
		version: ANSWERS_JSON_VERSION,
		organization: view.organization.data.name,
		audience: view.audience,
		asOf: contentDate(view),
		answers: view.entries.answers.map(({ id, data, body }) => ({
			id,
			question: data.question,
			aliases: data.aliases,
			category: data.category,
			...(data.response && { response: data.response }),
			answer: markdownToText(body ?? ''),
			markdown: safeMarkdown(body ?? ''),
			controls: data.controls,
			policies: data.policies,
			lastReviewed: data.lastReviewed,
		})),
	};
}
