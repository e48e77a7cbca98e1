// What the controls pages share: the groups to show for a status (or all) and the counts.
import { annexACoverage, coverageSentence } from '../../../lib/derive/coverage.ts';
import { annexAGroups, clauseGroups, statusCounts, type ControlStatus } from '../../../lib/trust/controls.ts';
import type { AudienceView } from '../../../lib/views/audience.ts';

export function controlsPage(view: AudienceView, status?: ControlStatus) {
	const controls = view.entries.controls;
	return {
		sentence: coverageSentence(annexACoverage(controls)),
		annexA: annexAGroups(controls, status),
		clauses: clauseGroups(controls, status),
		counts: statusCounts(controls),
		total: controls.length,
		policyTitles: new Map(view.entries.policies.map((p) => [p.id, p.data.title])),
	};
}
