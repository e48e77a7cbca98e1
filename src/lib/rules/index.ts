/**
 * The integrity rules: what the schemas cannot say alone, because it spans fields, entries
 * or time. Each rule returns diagnostics; none prints or exits.
 */
import type { Entry } from '../content/validate.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { brandContrast } from './brand.ts';
import { createContext, type Rule, type RuleInputs } from './context.ts';
import { publicFiles } from './assets.ts';
import { bodyLinks } from './body-links.ts';
import { documentControl } from './document-control.ts';
import { freshness } from './freshness.ts';
import { organization, uniqueIds, uniqueKeys } from './identity.ts';
import {
	approvals,
	certifications,
	consistency,
	correctiveActions,
	documentFiles,
	residualRisk,
} from './records.ts';
import { references } from './references.ts';
import { applicability, soaComplete } from './soa.ts';
import { securityTxtPages } from './security-txt.ts';
import { assessmentLinks, highRiskSystems } from './systems.ts';

export const RULES: readonly Rule[] = [
	uniqueIds,
	uniqueKeys,
	organization,
	brandContrast,
	references,
	bodyLinks,
	soaComplete,
	applicability,
	highRiskSystems,
	assessmentLinks,
	certifications,
	residualRisk,
	approvals,
	documentControl,
	correctiveActions,
	consistency,
	documentFiles,
	publicFiles,
	securityTxtPages,
	freshness,
];

export function runRules(
	entries: readonly Entry[],
	asOf: string,
	contentDir: string,
	root: string,
	inputs: RuleInputs = {},
): Diagnostic[] {
	const context = createContext(entries, asOf, contentDir, root, inputs);
	return RULES.flatMap((rule) => rule(context));
}
