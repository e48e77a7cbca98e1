/** The knowledge base of the answer tests: the minimal fixture plus ANSWERS, as a view of one audience. */
import { knowledgeBase, type KnowledgeBase } from '../../../src/cli/answer/knowledge.ts';
import type { Audience } from '../../../src/lib/schemas/fields.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { knowledgeContent } from './knowledge-fixture.ts';

export const AS_OF = '2026-11-28';

export function fixtureKnowledge(name: string, audience: Audience): KnowledgeBase {
	const content = knowledgeContent(name);
	const checked = checkContent({ root: content.replace(/\/src\/content$/, ''), asOf: AS_OF });
	const errors = checked.diagnostics.filter((d) => d.severity === 'error');
	if (errors.length > 0) throw new Error(errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
	return knowledgeBase(createView(checked.entries, audience), AS_OF);
}
