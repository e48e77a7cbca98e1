/**
 * The integrity rules: what the schemas cannot say alone, because it spans fields, entries
 * or time. Each rule returns diagnostics; none prints or exits.
 */
import type { Entry } from '../content/validate.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { brandContrast } from './brand.ts';
import { createContext, type Rule } from './context.ts';
import { publicFiles } from './assets.ts';
import { bodyLinks } from './body-links.ts';
import { documentControl } from './document-control.ts';
import { freshness } from './freshness.ts';
import { organization, uniqueIds, uniqueKeys } from './identity.ts';
import { approvals, certifications, consistency, correctiveActions, documentFiles, residualRisk } from './records.ts';
import { references } from './references.ts';
import { applicability, soaComplete } from './soa.ts';
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
	freshness,
];

export function runRules(entries: readonly Entry[], asOf: string, contentDir: string, root: string): Diagnostic[] {
	const context = createContext(entries, asOf, contentDir, root);
	return RULES.flatMap((rule) => rule(context));
}
