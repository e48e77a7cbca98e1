/**
 * A new organisation's content folder, and nothing of the example: the organisation, one
 * owner, and the whole Statement of Applicability — every Annex A control and every clause 4–10
 * requirement — as `planned`, owned by that person. It passes `npm run check` as it is, and the
 * sites build from it; every line then says what is still to be done. Pure: returns the files.
 */
import { createHash } from 'node:crypto';
import { ANNEX_A_CONTROLS, CLAUSES } from '../../lib/reference/index.ts';
import { slugify } from '../import/values.ts';
import { stringify } from 'yaml';

export interface InitOptions {
	/** Organisation name, as buyers know it. */
	name: string;
	/** Internet domain: contacts and site addresses are made from it. */
	domain: string;
	/** The owner of the AI management system. */
	owner: { name: string; title: string; email?: string };
	/** Date of the review stamped on each line, YYYY-MM-DD. */
	asOf: string;
}

export interface InitFile {
	/** Path inside the content folder, forward slashes. */
	path: string;
	content: string;
}

/** The files of a new content folder (see the module comment). */
export function initContent(options: InitOptions): InitFile[] {
	const { name, domain, asOf } = options;
	const primary = '#1f4e79';
	const ownerId = slugify(options.owner.name, 40) || 'owner';
	const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });
	const organization = {
		audience: 'public',
		name,
		tagline: `How ${name} governs its AI systems.`,
		logo: `/${logoFile(name)}`,
		colors: { primary, accent: '#b35900' },
		contacts: {
			security: { email: `security@${domain}` },
			privacy: { email: `privacy@${domain}` },
			aiGovernance: { email: `ai-governance@${domain}` },
		},
		trustCenterUrl: `https://trust.${domain}`,
		handbookUrl: `https://handbook.${domain}`,
		aimsScope: `${name}: the AI systems it develops, provides and uses. To be refined in the scope statement (clause 4.3).`,
		// RFC 9116: at most a year ahead.
		securityTxt: { expires: addDays(asOf, 364) },
	};
	const owner = {
		name: options.owner.name,
		title: options.owner.title,
		roles: ['governance'],
		committee: true,
		email: options.owner.email ?? `ai-governance@${domain}`,
	};
	const line = (requirement: string, title: string, clause: boolean) => ({
		audience: 'public',
		requirement,
		applicable: true,
		justification: clause
			? 'Mandatory clause of ISO/IEC 42001.'
			: `Applicable until assessed otherwise: ${title}.`,
		status: 'planned',
		owner: ownerId,
		lastReview: asOf,
		summary: 'Planned; not yet in place.',
	});
	return [
		{ path: 'organization/organization.yaml', content: yaml(organization) },
		{ path: `people/${ownerId}.yaml`, content: yaml(owner) },
		...ANNEX_A_CONTROLS.map((c) => ({
			path: `controls/${c.id.toLowerCase()}.yaml`,
			content: yaml(line(c.id, c.title, false)),
		})),
		...CLAUSES.map((c) => ({
			path: `controls/clause-${c.id}.yaml`,
			content: yaml(line(c.id, c.title, true)),
		})),
	];
}

/**
 * SHA-256 of the example organisation's logo as the repository ships it (public/logo.svg), so
 * that `npm run init` replacing the example in src/content can remove it and the new sites
 * publish nothing of the example. A unit test fails when the shipped logo changes.
 */
export const EXAMPLE_LOGO_SHA256 =
	'ba8454cd164f373ef673d1ea989bb8a861e551cb1853c99a39e792a6b3429ab6';

/** Whether these bytes are the example organisation's logo, unchanged. */
export function isExampleLogo(bytes: Uint8Array): boolean {
	return createHash('sha256').update(bytes).digest('hex') === EXAMPLE_LOGO_SHA256;
}

/** The placeholder logo's file name under public/: the organisation's own, never the example's. */
export function logoFile(name: string): string {
	return `${slugify(name, 40) || 'organization'}-logo.svg`;
}

/**
 * A placeholder logo for public/: the organisation's initial on its brand colour, so the new
 * trust center shows nothing of the example until the real logo replaces it.
 */
export function placeholderLogo(name: string, color = '#1f4e79'): InitFile {
	const initial = (name.trim()[0] ?? '?').toUpperCase().replace(/[<>&"']/g, '?');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="${name.replace(/[<>&"]/g, '')}"><rect width="64" height="64" rx="12" fill="${color}"/><text x="32" y="43" font-family="system-ui, sans-serif" font-size="32" font-weight="700" text-anchor="middle" fill="#ffffff">${initial}</text></svg>\n`;
	return { path: logoFile(name), content: svg };
}

function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
