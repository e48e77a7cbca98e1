import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { inWrittenOrder } from '../../../src/lib/content/validate.ts';
import { ANNEX_III_POINTS, EU_AI_ACT_TIERS } from '../../../src/lib/reference/index.ts';

const valuesOf = (schema: z.ZodType, input: unknown) => {
	const issue = schema.safeParse(input).error?.issues[0];
	return issue?.code === 'invalid_value' ? issue.values.map(String) : [];
};

test('Annex III points are offered in the order the Act numbers them, not with "2" first', () => {
	const values = valuesOf(z.enum(ANNEX_III_POINTS), '9(z)');
	expect(values[0]).toBe('2'); // what Zod hands over
	expect(inWrittenOrder(values)).toEqual([...ANNEX_III_POINTS]);
});

test('other lists keep the order their schema gives them', () => {
	expect(
		inWrittenOrder(
			valuesOf(z.enum(EU_AI_ACT_TIERS.map((t) => t.id) as [string, ...string[]]), 'x'),
		),
	).toEqual(EU_AI_ACT_TIERS.map((t) => t.id));
});
