/**
 * A synthetic US federal AI use case inventory (2024 OMB layout) with the mess real exports
 * have: blank and repeated identifiers, line breaks inside cells, mixed date formats, a
 * repeated header, lists written as text, values outside the schema's enums, windows-1252 bytes.
 */

export const OMB_2024_HEADERS = [
	'Use Case ID',
	'Use Case Name',
	'Agency',
	'Agency Abbreviation',
	'Bureau',
	'Use Case Topic Area',
	'What is the intended purpose and expected benefits of the AI?',
	'Describe the AI system’s outputs.',
	'Stage of Development',
	'Is the AI use case rights-impacting, safety-impacting, both, or neither?',
	'Date Initiated',
	'Date Implemented',
	'Was the AI system involved in this use case developed (or is it to be developed) under contract(s) or in-house? ',
	'Vendor',
	'Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?',
	'Which, if any, demographic variables does the AI use case explicitly use as model features?',
	'Is there a process to monitor performance of the AI system’s functionality and changes to its impact on rights and safety as part of the post-deployment plan for the AI use case?',
	'Notes',
	'Notes',
];

const AGENCIES: [string, string][] = [['Department of Agriculture', 'USDA'], ['Department of Veterans Affairs', 'VA'], ['Department of Homeland Security', 'DHS'], ['Department of Health and Human Services', 'HHS'], ['Department of Energy', 'DOE']];
const STAGES = ['Initiated', 'Acquisition and/or Development', 'Implementation and Assessment', 'Operation and Maintenance', 'Retired', 'TBD'];
const DATES = ['2024-03-01', '03/01/2024', '1 Mar 2024', '45352', 'March 1, 2024', '2023/11/15', '12/31/2022', 'sometime in 2021'];
const DEV = ['Developed with contracting resources.', 'Developed in-house.', 'Developed with both contracting and in-house resources.', ''];

/** Row `i` of the inventory, deterministic. */
function row(i: number): string[] {
	const [agency, abbr] = AGENCIES[i % AGENCIES.length]!;
	// Every 50th row has no identifier; every 70th repeats the one before it.
	const [, previous] = AGENCIES[(i - 1) % AGENCIES.length]!;
	const id = i % 50 === 7 ? '' : i % 70 === 8 ? `${previous}-${String(i - 1).padStart(4, '0')}` : `${abbr}-${String(i).padStart(4, '0')}`;
	const impact = i % 20 === 3 ? 'Rights-Impacting' : i % 31 === 4 ? 'Both' : 'Neither';
	return [
		id,
		`Use case ${i}: document triage – “${['Résumé', 'Claims', 'Grants', 'Permits'][i % 4]}” assistant`,
		agency,
		abbr,
		`Bureau ${i % 13}`,
		'Mission-Enabling (internal agency support)',
		`Helps staff sort incoming documents for case ${i}.\nSecond line with “quotes”, a comma, and <b>markup</b>.`,
		'A ranked list of documents.',
		STAGES[i % STAGES.length]!,
		impact,
		DATES[i % DATES.length]!,
		DATES[(i + 3) % DATES.length]!,
		DEV[i % DEV.length]!,
		i % 3 === 0 ? 'Acme Analytics' : '',
		i % 4 === 0 ? 'Yes' : 'No',
		i % 6 === 0 ? 'Age; Sex/Gender, Race/Ethnicity' : 'None',
		i % 2 === 0 ? 'Yes' : 'No',
		i % 9 === 0 ? 'Reviewed by the CAIO office' : '',
		i % 11 === 0 ? 'Second notes column' : '',
	];
}

function csvCell(value: string): string {
	return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The inventory as CSV text, with blank lines sprinkled in and CRLF line ends. */
export function ombCsv(rows: number): string {
	const lines = [OMB_2024_HEADERS.map(csvCell).join(',')];
	for (let i = 1; i <= rows; i++) {
		lines.push(row(i).map(csvCell).join(','));
		if (i % 500 === 0) lines.push(',,,,,,,,,,,,,,,,,,');
	}
	return `${lines.join('\r\n')}\r\n`;
}

const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

/** Encodes text as windows-1252, as Excel on Windows saves "CSV". */
export function toWindows1252(text: string): Uint8Array {
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const mapped = CP1252[text[i]!] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
		if (mapped === undefined) throw new Error(`cannot encode ${text[i]} in windows-1252`);
		out[i] = mapped;
	}
	return out;
}
