/**
 * The 5×5 risk heatmap: likelihood × impact on the methodology's 1–5 scales, once for the
 * inherent and once for the residual rating. Pure data; the component draws it.
 */
export type Axis = 'inherent' | 'residual';
export type Band = 'low' | 'medium' | 'high' | 'critical';

export interface RatedRisk {
	id: string;
	data: { title: string; inherent: Rating; residual: Rating };
}
interface Rating {
	likelihood: number;
	impact: number;
}

export interface HeatmapCell {
	likelihood: number;
	impact: number;
	band: Band;
	/** Risks in this cell, sorted by id. */
	risks: { id: string; title: string }[];
}

export const SCALE = [1, 2, 3, 4, 5] as const;
export const LIKELIHOOD_LABELS = [
	'Rare',
	'Unlikely',
	'Possible',
	'Likely',
	'Almost certain',
] as const;
export const IMPACT_LABELS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

/** Score bands of the risk methodology: likelihood × impact. */
export function band(likelihood: number, impact: number): Band {
	const score = likelihood * impact;
	if (score >= 15) return 'critical';
	if (score >= 10) return 'high';
	if (score >= 5) return 'medium';
	return 'low';
}

/**
 * All 25 cells, rows from likelihood 5 down to 1 (the way heatmaps are read: worst at the top
 * right), columns impact 1 to 5. Every risk lands in exactly one cell per axis.
 */
export function heatmap(risks: readonly RatedRisk[], axis: Axis): HeatmapCell[][] {
	const rows = [...SCALE].reverse().map((likelihood) =>
		SCALE.map((impact): HeatmapCell => ({
			likelihood,
			impact,
			band: band(likelihood, impact),
			risks: [],
		})),
	);
	for (const risk of [...risks].sort((a, b) => a.id.localeCompare(b.id))) {
		const { likelihood, impact } = risk.data[axis];
		rows[5 - likelihood]![impact - 1]!.risks.push({ id: risk.id, title: risk.data.title });
	}
	return rows;
}

/** Count of risks per band, for a one-line summary beside the grid. */
export function bandCounts(risks: readonly RatedRisk[], axis: Axis): Record<Band, number> {
	const counts: Record<Band, number> = { low: 0, medium: 0, high: 0, critical: 0 };
	for (const risk of risks) counts[band(risk.data[axis].likelihood, risk.data[axis].impact)]++;
	return counts;
}
