import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES } from './annex-a.ts';
import { CLAUSES } from './clauses.ts';

export * from './annex-a.ts';
export * from './clauses.ts';
export * from './eu-ai-act.ts';

export type AnnexAControlId = (typeof ANNEX_A_CONTROLS)[number]['id'];
export type ClauseId = (typeof CLAUSES)[number]['id'];
/** Any requirement a Statement of Applicability entry can cover: an Annex A control or a clause. */
export type RequirementId = AnnexAControlId | ClauseId;

export const ANNEX_A_IDS = ANNEX_A_CONTROLS.map((c) => c.id) as [
	AnnexAControlId,
	...AnnexAControlId[],
];
export const CLAUSE_IDS = CLAUSES.map((c) => c.id) as [ClauseId, ...ClauseId[]];
export const REQUIREMENT_IDS = [...ANNEX_A_IDS, ...CLAUSE_IDS] as [
	RequirementId,
	...RequirementId[],
];

const titles = new Map<string, string>([
	...ANNEX_A_OBJECTIVES.map((o) => [o.id, o.title] as const),
	...ANNEX_A_CONTROLS.map((c) => [c.id, c.title] as const),
	...CLAUSES.map((c) => [c.id, c.title] as const),
]);

/** Title of an Annex A control or objective, or of a clause. */
export function requirementTitle(id: string): string | undefined {
	return titles.get(id);
}

/** A requirement as every list names it: “A.6.2.4 AI system verification and validation”; the bare id when it has no title. */
export function requirementLabel(id: string): string {
	return `${id} ${requirementTitle(id) ?? ''}`.trim();
}

export function isAnnexA(id: string): id is AnnexAControlId {
	return id.startsWith('A.');
}
