// Which published policy is "the AI policy": the one implementing clause 5.2 or control A.2.2.
import type { ViewEntry } from '../views/audience.ts';

export function aiPolicy(
	policies: readonly ViewEntry<'policies'>[],
): ViewEntry<'policies'> | undefined {
	const approved = policies.filter((p) => p.data.status === 'approved');
	return (
		approved.find((p) => p.data.clauses.includes('5.2')) ??
		approved.find((p) => p.data.controls.includes('A.2.2'))
	);
}
