/**
 * What the EU AI Act asks of one AI system, given its classification: the articles follow from
 * the reference data (tier, operator role, GPAI class, Art. 50 transparency), so a change in
 * src/lib/reference/eu-ai-act.ts changes every system page. Application dates are content,
 * not logic (they were amended in 2026), so nothing here says *when* an article applies.
 */
import {
	EU_AI_ACT_TIERS,
	GPAI_CLASSES,
	HIGH_RISK_TIERS,
	OPERATOR_ROLES,
	TRANSPARENCY_OBLIGATIONS,
} from '../reference/index.ts';

export interface Classification {
	tier: (typeof EU_AI_ACT_TIERS)[number]['id'];
	annexIIIPoint?: string | undefined;
	transparency: readonly (typeof TRANSPARENCY_OBLIGATIONS)[number]['id'][];
	gpai: (typeof GPAI_CLASSES)[number]['id'];
	role: (typeof OPERATOR_ROLES)[number]['id'];
}

export interface Obligation {
	/** Articles, as the reference data writes them (“Art. 26”, “Arts. 8–15”). */
	articles: readonly string[];
	/** What the obligation is about, in a few words. */
	title: string;
	/** Which axis of the classification brings it: tier, role, gpai, transparency, fria. */
	source: 'tier' | 'role' | 'gpai' | 'transparency' | 'fria';
	/** Why it applies to this system, for the reader who wants to check. */
	because: string;
}

/**
 * Annex III points whose deployers always owe a fundamental-rights impact assessment (Art. 27(1)):
 * creditworthiness (5(b)) and life and health insurance pricing (5(c)). Public bodies and
 * private bodies providing public services owe one for other Annex III systems too; that
 * depends on the organisation, so it is shown as a condition, not asserted.
 */
const FRIA_POINTS = new Set(['5(b)', '5(c)']);

const find = <T extends { id: string }>(list: readonly T[], id: string): T => {
	const item = list.find((candidate) => candidate.id === id);
	if (!item) throw new Error(`unknown EU AI Act reference id "${id}"`);
	return item;
};

export function obligations(c: Classification): Obligation[] {
	const tier = find(EU_AI_ACT_TIERS, c.tier);
	const role = find(OPERATOR_ROLES, c.role);
	const out: Obligation[] = [
		{ articles: tier.articles, title: tier.title, source: 'tier', because: `tier ${c.tier}` },
	];
	if (c.tier === 'out-of-scope') return out;
	// Operator duties in Arts. 16, 22–24 and 26 are duties about high-risk systems.
	if (HIGH_RISK_TIERS.has(c.tier)) {
		out.push({
			articles: role.articles,
			title: `Obligations of the ${role.title.toLowerCase()} of a high-risk system`,
			source: 'role',
			because: `operator role ${c.role} for a ${c.tier} system`,
		});
		if (c.role === 'deployer' && c.tier === 'high-risk-annex-iii') {
			const always = c.annexIIIPoint !== undefined && FRIA_POINTS.has(c.annexIIIPoint);
			out.push({
				articles: ['Art. 27'],
				title: always
					? 'Fundamental-rights impact assessment before first use'
					: 'Fundamental-rights impact assessment, if the deployer is a public body or provides public services',
				source: 'fria',
				because: always
					? `deployer of an Annex III point ${c.annexIIIPoint} system`
					: 'deployer of an Annex III high-risk system',
			});
		}
	}
	const gpai = find(GPAI_CLASSES, c.gpai);
	if (gpai.articles.length > 0)
		out.push({
			articles: gpai.articles,
			title: gpai.title,
			source: 'gpai',
			because: `GPAI class ${c.gpai}`,
		});
	for (const id of [...c.transparency].sort()) {
		const duty = find(TRANSPARENCY_OBLIGATIONS, id);
		out.push({
			articles: [duty.article],
			title: duty.title,
			source: 'transparency',
			because: `transparency obligation ${id}`,
		});
	}
	return out;
}
