/** EU AI Act wording for a system's classification, from the reference tables. */
import {
	ANNEX_III_AREAS,
	EU_AI_ACT_TIERS,
	GPAI_CLASSES,
	OPERATOR_ROLES,
	TRANSPARENCY_OBLIGATIONS,
} from '../reference/index.ts';
import type { EntryData } from '../schemas/index.ts';

type EuAiAct = EntryData<'systems'>['euAiAct'];

export interface Classification {
	tier: { id: string; title: string; articles: readonly string[] };
	/** “Annex III 4(a): Employment, workers’ management and access to self-employment”. */
	annexIII?: string;
	transparency: { id: string; title: string; article: string }[];
	gpai?: { title: string; articles: readonly string[] };
	role: { title: string; articles: readonly string[] };
}

export function classification(act: EuAiAct): Classification {
	const tier = EU_AI_ACT_TIERS.find((t) => t.id === act.tier)!;
	const area = act.annexIIIPoint
		? ANNEX_III_AREAS[act.annexIIIPoint.replace(/\(.*$/, '')]
		: undefined;
	const gpai = GPAI_CLASSES.find((g) => g.id === act.gpai);
	return {
		tier,
		...(act.annexIIIPoint && {
			annexIII: `Annex III ${act.annexIIIPoint}${area ? `: ${area}` : ''}`,
		}),
		transparency: TRANSPARENCY_OBLIGATIONS.filter((t) => act.transparency.includes(t.id)),
		...(gpai && gpai.id !== 'none' && { gpai }),
		role: OPERATOR_ROLES.find((r) => r.id === act.role)!,
	};
}

/** Systems per EU AI Act tier, in the reference order, for the AI governance page. */
export function tierCounts(
	systems: readonly { data: { euAiAct: EuAiAct } }[],
): { id: string; title: string; count: number }[] {
	return EU_AI_ACT_TIERS.map((t) => ({
		id: t.id,
		title: t.title,
		count: systems.filter((s) => s.data.euAiAct.tier === t.id).length,
	}));
}
