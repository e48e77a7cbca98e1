// What the controls pages share: the groups to show for a status (or all) and the counts.
import { IMPLEMENTATION_STATUSES } from '../../../lib/schemas/controls.ts';
import { annexAGroups, clauseGroups, type ControlStatus } from '../../../lib/trust/controls.ts';
import { posture } from '../../../lib/trust/posture.ts';
import type { AudienceView } from '../../../lib/views/audience.ts';

export function controlsPage(view: AudienceView, status?: ControlStatus) {
	const controls = view.entries.controls;
	const figures = posture(view);
	return {
		posture: figures,
		annexA: annexAGroups(controls, status),
		clauses: clauseGroups(controls, status),
		// The chips count Annex A and the clauses together, from the same figures as the tiles above them.
		counts: IMPLEMENTATION_STATUSES.map((status) => ({
			status,
			count: figures.annexA.byStatus[status] + figures.clauses.byStatus[status],
		})),
		total: controls.length,
		policyTitles: new Map(view.entries.policies.map((p) => [p.id, p.data.title])),
	};
}
