/**
 * The registers auditors work through in a spreadsheet: Statement of Applicability, risk
 * register, AI system inventory and answers. Each is a plain table built from a view, so the
 * CSV and XLSX writers share one definition of every column.
 */
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES } from '../reference/index.ts';
import type { AudienceView } from '../views/audience.ts';
import { peopleNames, policyCitation } from './names.ts';
import { markdownToText } from '../render/plain-text.ts';

/** A calendar date, kept apart from text so a spreadsheet gets a real date it can sort. */
export interface DateCell {
	date: string;
}

/**
 * One cell, typed: the workbook writes numbers, dates and booleans as such (so sorting and
 * filters work), and the CSV writes each as text (`cellText`).
 */
export type Cell = string | number | boolean | DateCell;

export interface Table {
	/** Sheet name and file stem, for example `soa`. */
	name: string;
	title: string;
	columns: string[];
	rows: Cell[][];
}

const list = (values: readonly string[] | undefined) => (values ?? []).join('; ');
/** A date cell, or an empty one when the content has no date. */
const day = (value: string | undefined): Cell => (value ? { date: value } : '');

export function isDateCell(cell: Cell): cell is DateCell {
	return typeof cell === 'object';
}

/** A cell as CSV writes it: booleans as yes/no, dates as YYYY-MM-DD. */
export function cellText(cell: Cell): string {
	if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
	if (isDateCell(cell)) return cell.date;
	return String(cell);
}

function policyNames(view: AudienceView): (ids: readonly string[]) => string {
	const cite = policyCitation(view);
	return (ids) => ids.map(cite).join('; ');
}

/** One row per Annex A control, in catalogue order: 38 rows whatever the audience. */
export function soaTable(view: AudienceView): Table {
	const name = peopleNames(view);
	const policies = policyNames(view);
	const lines = new Map(view.entries.controls.map((c) => [c.data.requirement, c.data]));
	const objectives = new Map<string, string>(ANNEX_A_OBJECTIVES.map((o) => [o.id, o.title]));
	return {
		name: 'soa',
		title: 'Statement of Applicability',
		columns: [
			'Control',
			'Title',
			'Objective',
			'Applicable',
			'Status',
			'Justification',
			'Summary',
			'Implementation',
			'Policies',
			'Owner',
			'Evidence',
			'Last review',
			'Next review',
			'EU AI Act',
			'NIST AI RMF',
			'ISO/IEC 27001',
		],
		rows: ANNEX_A_CONTROLS.map((control) => {
			const line = lines.get(control.id);
			const head = [
				control.id,
				control.title,
				`${control.objective} ${objectives.get(control.objective)}`,
			];
			if (!line) return [...head, '', 'not disclosed', '', '', '', '', '', '', '', '', '', '', ''];
			return [
				...head,
				line.applicable,
				line.status,
				line.justification,
				line.summary,
				line.implementation ?? '',
				policies(line.policies),
				name(line.owner),
				(line.evidence ?? []).map((e) => `${e.title} (${e.date}): ${e.link}`).join('\n'),
				day(line.lastReview),
				day(line.nextReview),
				list(line.mappings.euAiAct),
				list(line.mappings.nistAiRmf),
				list(line.mappings.iso27001),
			];
		}),
	};
}

/** The AI risk register, ratings as likelihood × impact. */
export function risksTable(view: AudienceView): Table {
	const name = peopleNames(view);
	return {
		name: 'risks',
		title: 'AI risk register',
		columns: [
			'ID',
			'Title',
			'Category',
			'Systems',
			'Inherent likelihood',
			'Inherent impact',
			'Inherent score',
			'Treatment',
			'Treatment plan',
			'Residual likelihood',
			'Residual impact',
			'Residual score',
			'Controls',
			'Owner',
			'Status',
			'Identified on',
			'Next review',
			'Actions',
		],
		rows: view.entries.risks.map(({ id, data: r }) => [
			id,
			r.title,
			r.category,
			list(r.systems),
			r.inherent.likelihood,
			r.inherent.impact,
			r.inherent.likelihood * r.inherent.impact,
			r.treatment,
			r.treatmentPlan,
			r.residual.likelihood,
			r.residual.impact,
			r.residual.likelihood * r.residual.impact,
			list(r.controls),
			name(r.owner),
			r.status,
			day(r.identifiedOn),
			day(r.nextReview),
			r.actions.map((a) => `${a.action} (${name(a.owner)}, due ${a.due}, ${a.status})`).join('\n'),
		]),
	};
}

/** The AI system inventory. */
export function inventoryTable(view: AudienceView): Table {
	const name = peopleNames(view);
	return {
		name: 'inventory',
		title: 'AI system inventory',
		columns: [
			'ID',
			'Title',
			'Purpose',
			'Intended use',
			'Supplier type',
			'Vendor',
			'Product',
			'Stage',
			'Use-case decision',
			'EU AI Act tier',
			'Annex III point',
			'Operator role',
			'GPAI',
			'Transparency obligations',
			'Risk level',
			'Oversight',
			'Owner',
			'Personal data',
			'Datasets',
			'Controls',
			'Last reviewed',
			'Next review',
		],
		rows: view.entries.systems.map(({ id, data: s }) => [
			id,
			s.title,
			s.purpose,
			s.intendedUse,
			s.supplier.type,
			s.supplier.vendor ?? '',
			s.supplier.product ?? '',
			s.stage,
			s.useCase.decision,
			s.euAiAct.tier,
			s.euAiAct.annexIIIPoint ?? '',
			s.euAiAct.role,
			s.euAiAct.gpai,
			list(s.euAiAct.transparency),
			s.riskLevel ?? '',
			s.oversight.mode,
			name(s.owner),
			list(s.personalData),
			list(s.datasets),
			list(s.controls),
			day(s.lastReviewed),
			day(s.nextReview),
		]),
	};
}

/** The questionnaire knowledge base, answers as plain text. */
export function answersTable(view: AudienceView): Table {
	const policies = policyNames(view);
	return {
		name: 'answers',
		title: 'Questionnaire answers',
		columns: [
			'ID',
			'Category',
			'Question',
			'Other wordings',
			'Short answer',
			'Answer',
			'Controls',
			'Policies',
			'Last reviewed',
			'Audience',
		],
		rows: view.entries.answers.map(({ id, data: a, body }) => [
			id,
			a.category,
			a.question,
			list(a.aliases),
			a.response ?? '',
			markdownToText(body ?? ''),
			list(a.controls),
			policies(a.policies),
			day(a.lastReviewed),
			a.audience,
		]),
	};
}
