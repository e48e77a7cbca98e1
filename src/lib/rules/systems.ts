import { HIGH_RISK_TIERS } from '../reference/eu-ai-act.ts';
import { at, type Rule } from './context.ts';

const ANNEX_III_TIERS = new Set(['high-risk-annex-iii', 'annex-iii-not-high-risk']);

/** Whether a system counts as high-risk for oversight: by EU AI Act tier or by internal risk level. */
export function isHighRisk(data: { euAiAct: { tier: string }; riskLevel?: string }): boolean {
	return (
		HIGH_RISK_TIERS.has(data.euAiAct.tier) ||
		data.riskLevel === 'high' ||
		data.riskLevel === 'critical'
	);
}

/** High-risk systems are assessed and reviewed by a human before consequential decisions. */
export const highRiskSystems: Rule = (context) =>
	context.all('systems').flatMap((entry) => {
		const { data } = entry;
		const out = [];
		if (ANNEX_III_TIERS.has(data.euAiAct.tier) && !data.euAiAct.annexIIIPoint) {
			out.push(
				at(
					entry,
					['euAiAct', 'annexIIIPoint'],
					'annex-iii-point',
					`tier ${data.euAiAct.tier} needs the Annex III point it falls under`,
					'add annexIIIPoint, for example "4(a)" for recruitment or "5(b)" for creditworthiness',
				),
			);
		}
		if (data.useCase.decision === 'declined' && !['proposed', 'retired'].includes(data.stage)) {
			out.push(
				at(
					entry,
					['stage'],
					'declined-use',
					`a declined use case is at stage "${data.stage}"`,
					'a declined use stays proposed (or is retired); change the stage, or revisit the decision',
				),
			);
		}
		if (!isHighRisk(data) || data.useCase.decision === 'declined') return out;
		const why = HIGH_RISK_TIERS.has(data.euAiAct.tier)
			? `tier ${data.euAiAct.tier}`
			: `risk level ${data.riskLevel}`;
		if (!data.impactAssessment) {
			out.push(
				at(
					entry,
					['impactAssessment'],
					'high-risk-assessment',
					`a high-risk system (${why}) has no impact assessment`,
					'write one in src/content/impact-assessments/ and name it in impactAssessment',
				),
			);
		}
		if (data.oversight.reviewPoints.length === 0) {
			out.push(
				at(
					entry,
					['oversight', 'reviewPoints'],
					'high-risk-review-point',
					`a high-risk system (${why}) has no human review point before a consequential decision`,
					'add a review point: role, what they review, and the decision it comes before',
				),
			);
		}
		return out;
	});

/** A system and its impact assessment point at each other. */
export const assessmentLinks: Rule = (context) =>
	context.all('systems').flatMap((entry) => {
		const id = entry.data.impactAssessment;
		const assessment = id ? context.get('impact-assessments', id) : undefined;
		if (!assessment || assessment.collection !== 'impact-assessments') return [];
		const assessed = (assessment.data as { system: string }).system;
		return assessed === entry.id
			? []
			: [
					at(
						entry,
						['impactAssessment'],
						'assessment-link',
						`names impact assessment ${id}, which assesses ${assessed}, not ${entry.id}`,
						`name the assessment of ${entry.id}, or correct the system field of ${assessment.file}`,
					),
				];
	});
