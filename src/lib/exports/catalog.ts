/**
 * Every machine-readable export, once: its file, what it is, its format and version, which
 * sites publish it and how it is made from a view. One dynamic route per kind of site
 * (src/sites/<kind>/exports/[file].ts) serves every entry listed for that kind, and both
 * exports index pages read this list, so a page cannot describe an export that the site does
 * not serve. Adding an export is its format module plus one entry here.
 */
import type { AudienceView } from '../views/audience.ts';
import { answersDocument, ANSWERS_JSON_VERSION } from './answers-json.ts';
import { tableCsv } from './csv.ts';
import { CYCLONEDX_VERSION, mlBomJson } from './cyclonedx.ts';
import { annexACatalog, OSCAL_VERSION, statementOfApplicabilitySsp } from './oscal.ts';
import { answersTable, inventoryTable, risksTable, soaTable } from './tables.ts';
import { answersWorkbook, auditorWorkbook } from './xlsx.ts';

export type SiteKind = 'trust' | 'handbook';

export interface ExportSpec {
	/** File name under /exports/. */
	file: string;
	title: string;
	description: string;
	format: string;
	formatVersion: string;
	mediaType: string;
	sites: readonly SiteKind[];
	render(view: AudienceView): string | Uint8Array | Promise<Uint8Array>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const CSV = {
	format: 'CSV (RFC 4180, UTF-8 with BOM)',
	formatVersion: 'RFC 4180',
	mediaType: 'text/csv; charset=utf-8',
} as const;
const XLSX = {
	format: 'Office Open XML spreadsheet',
	formatVersion: 'ECMA-376',
	mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
const BOTH = ['trust', 'handbook'] as const;

export const EXPORTS = [
	{
		file: 'oscal-ssp.json',
		title: 'Statement of Applicability (OSCAL SSP)',
		description:
			'Every ISO/IEC 42001 Annex A control with its applicability, justification and implementation status, as an OSCAL System Security Plan. Policies, evidence and owners appear where this site’s readers may see them.',
		format: 'NIST OSCAL System Security Plan (JSON)',
		formatVersion: OSCAL_VERSION,
		mediaType: 'application/json',
		sites: BOTH,
		render: (view) => json(statementOfApplicabilitySsp(view)),
	},
	{
		file: 'oscal-catalog.json',
		title: 'ISO/IEC 42001 Annex A catalogue (OSCAL catalog)',
		description:
			'The 38 Annex A reference controls in their 9 objectives: identifiers and titles only, for tools that map controls.',
		format: 'NIST OSCAL catalog (JSON)',
		formatVersion: OSCAL_VERSION,
		mediaType: 'application/json',
		sites: BOTH,
		render: () => json(annexACatalog()),
	},
	{
		file: 'ml-bom.cdx.json',
		title: 'AI system inventory (CycloneDX ML-BOM)',
		description:
			'One machine-learning-model component per AI system, with its model card (metrics, users, use cases, limitations, ethical and fairness considerations), and one data component per dataset.',
		format: 'CycloneDX ML-BOM (JSON)',
		formatVersion: CYCLONEDX_VERSION,
		mediaType: 'application/vnd.cyclonedx+json',
		sites: BOTH,
		render: mlBomJson,
	},
	{
		file: 'soa.csv',
		title: 'Statement of Applicability (CSV)',
		description:
			'One row per Annex A control: applicability, status, justification, policies, owner, evidence, reviews and mappings.',
		...CSV,
		sites: ['handbook'],
		render: (view) => tableCsv(soaTable(view)),
	},
	{
		file: 'risks.csv',
		title: 'AI risk register (CSV)',
		description:
			'One row per risk: ratings before and after treatment, treatment plan, actions, controls, owner and status.',
		...CSV,
		sites: ['handbook'],
		render: (view) => tableCsv(risksTable(view)),
	},
	{
		file: 'inventory.csv',
		title: 'AI system inventory (CSV)',
		description:
			'One row per AI system: purpose, supplier, stage, use-case decision, EU AI Act classification, oversight and owner.',
		...CSV,
		sites: ['handbook'],
		render: (view) => tableCsv(inventoryTable(view)),
	},
	{
		file: 'answers.csv',
		title: 'Questionnaire answers (CSV)',
		description:
			'The questionnaire knowledge base: each question, its other wordings, short answer, answer text and the controls and policies behind it.',
		...CSV,
		sites: BOTH,
		render: (view) => tableCsv(answersTable(view)),
	},
	{
		file: 'answers.json',
		title: 'Questionnaire answers (JSON)',
		description: 'The same answers as JSON, with the answer both as plain text and as Markdown.',
		format: 'JSON (aims-answers)',
		formatVersion: ANSWERS_JSON_VERSION,
		mediaType: 'application/json',
		sites: BOTH,
		render: (view) => json(answersDocument(view)),
	},
	{
		file: 'answers.xlsx',
		title: 'Questionnaire answers (XLSX)',
		description:
			'The same answers as the CSV, as an Excel workbook: one row per answer, the answer as plain paragraphs, review dates as dates.',
		...XLSX,
		sites: BOTH,
		render: answersWorkbook,
	},
	{
		file: 'auditor-workbook.xlsx',
		title: 'Auditor workbook (XLSX)',
		description:
			'Statement of Applicability, risk register, AI system inventory and answers, one sheet each, in one workbook.',
		...XLSX,
		sites: ['handbook'],
		render: auditorWorkbook,
	},
] as const satisfies readonly ExportSpec[];

/** The exports a kind of site publishes, in the order its index lists them. */
export function exportsFor(kind: SiteKind): ExportSpec[] {
	return EXPORTS.filter((e) => (e.sites as readonly SiteKind[]).includes(kind));
}

/** The static paths of a kind of site's exports route: one `file` parameter per export it publishes. */
export function exportPaths(kind: SiteKind): { params: { file: string } }[] {
	return exportsFor(kind).map((e) => ({ params: { file: e.file } }));
}

/** The HTTP response the exports route serves for one export of a kind of site. */
export async function exportResponse(
	kind: SiteKind,
	file: string | undefined,
	view: AudienceView,
): Promise<Response> {
	const spec = exportsFor(kind).find((e) => e.file === file);
	if (!spec)
		throw new Error(
			`/exports/${file ?? ''}: not an export of the ${kind} site; the exports it publishes are listed in src/lib/exports/catalog.ts`,
		);
	const body = await spec.render(view);
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: { 'Content-Type': spec.mediaType },
	});
}
