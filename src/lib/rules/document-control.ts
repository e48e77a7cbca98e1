/**
 * Document control (ISO/IEC 42001 7.5.3) of policies and of the Statement of Applicability:
 * the current version has a dated, approved row in the revision table that matches the
 * document's own approval fields; rows run newest first; and every version git ever recorded
 * for the file has a row, so a version bump cannot slip in without an approval.
 */
import { recordedVersions, type RecordedVersion } from '../git/versions.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Revision } from '../schemas/document-control.ts';
import { at, type RuleContext } from './context.ts';
import type { Entry } from '../content/validate.ts';

/** A controlled document as the rule reads it, wherever it lives in the entry. */
interface Controlled {
	entry: Entry;
	/** Path of the document-control fields inside the entry: [] for a policy, ['soa'] for the SoA. */
	base: readonly PropertyKey[];
	label: string;
	approved: boolean;
	version: string;
	approvedOn: string | undefined;
	approver: string | undefined;
	revisions: readonly Revision[];
	/** Indentation of the `version:` line in the file, to tell it from other version lines. */
	indent: number;
}

/** Orders versions numerically: 1.10 is newer than 1.9. */
export function compareVersions(a: string, b: string): number {
	const [pa, pb] = [a.split('.').map(Number), b.split('.').map(Number)];
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (diff !== 0) return diff;
	}
	return 0;
}

function controlledDocuments(context: RuleContext): Controlled[] {
	const policies = context.all('policies').map((entry): Controlled => ({
		entry,
		base: [],
		label: `policy ${entry.data.docId}`,
		approved: entry.data.status !== 'draft',
		version: entry.data.version,
		approvedOn: entry.data.approvedOn,
		approver: entry.data.approver,
		revisions: entry.data.revisions,
		indent: 0,
	}));
	const soa = context.all('organization').flatMap((entry): Controlled[] => {
		const doc = entry.data.soa;
		return doc
			? [
					{
						entry,
						base: ['soa'],
						label: `the Statement of Applicability ${doc.docId}`,
						approved: true,
						version: doc.version,
						approvedOn: doc.approvedOn,
						approver: doc.approver,
						revisions: doc.revisions,
						indent: 2,
					},
				]
			: [];
	});
	return [...policies, ...soa];
}

function checkTable(doc: Controlled): Diagnostic[] {
	const { entry, base, label, version } = doc;
	const out: Diagnostic[] = [];
	const index = doc.revisions.findIndex((r) => r.version === version);
	const row = doc.revisions[index];
	if (doc.approved && !row) {
		out.push(
			at(
				entry,
				[...base, 'version'],
				'revision-missing',
				`${label} is at version ${version}, but revisions has no row for ${version}`,
				`add a revisions row (newest first) with version: "${version}", date, approver and summary of the change`,
			),
		);
	} else if (doc.approved && row && (!row.date || !row.approver)) {
		const missing = !row.date ? 'date' : 'approver';
		out.push(
			at(
				entry,
				[...base, 'revisions', index, missing],
				'revision-unapproved',
				`version ${version} of ${label} has no dated approval: its revisions row has no ${missing}`,
				`add the ${missing} of the approval to the row, or set the document back to draft`,
			),
		);
	} else if (doc.approved && row) {
		if (doc.approvedOn && row.date !== doc.approvedOn)
			out.push(
				at(
					entry,
					[...base, 'revisions', index, 'date'],
					'revision-mismatch',
					`approved on ${doc.approvedOn}, but the revisions row for ${version} says ${row.date}`,
					'make approvedOn and the row date of the current version the same',
				),
			);
		if (doc.approver && row.approver !== doc.approver)
			out.push(
				at(
					entry,
					[...base, 'revisions', index, 'approver'],
					'revision-mismatch',
					`approver is ${doc.approver}, but the revisions row for ${version} names ${row.approver}`,
					'make approver and the row approver of the current version the same',
				),
			);
	}
	const seen = new Set<string>();
	doc.revisions.forEach((r, i) => {
		if (seen.has(r.version))
			out.push(
				at(
					entry,
					[...base, 'revisions', i, 'version'],
					'revision-order',
					`version ${r.version} has two revisions rows`,
					'keep one row per version',
				),
			);
		seen.add(r.version);
		const previous = doc.revisions[i - 1];
		if (previous && compareVersions(previous.version, r.version) < 0)
			out.push(
				at(
					entry,
					[...base, 'revisions', i, 'version'],
					'revision-order',
					`revisions row ${r.version} comes after ${previous.version}: rows run newest first`,
					'put the rows in order, the newest version first',
				),
			);
		if (previous?.date && r.date && previous.date < r.date)
			out.push(
				at(
					entry,
					[...base, 'revisions', i, 'date'],
					'revision-order',
					`version ${r.version} is dated ${r.date}, after the newer version ${previous.version} (${previous.date})`,
					'correct the dates: a newer version is approved on or after an older one',
				),
			);
		if (compareVersions(r.version, version) > 0)
			out.push(
				at(
					entry,
					[...base, 'revisions', i, 'version'],
					'revision-order',
					`revisions row ${r.version} is newer than the current version ${version}`,
					`raise version to ${r.version}, or remove the row`,
				),
			);
	});
	return out;
}

function checkGit(doc: Controlled, recorded: readonly RecordedVersion[]): Diagnostic[] {
	const listed = new Set(doc.revisions.map((r) => r.version));
	const firstSeen = new Map<string, RecordedVersion>();
	// git log lists newest first: the last record of a version is the commit that introduced it.
	for (const r of recorded)
		if (r.file === doc.entry.file && r.indent === doc.indent) firstSeen.set(r.version, r);
	return [...firstSeen.values()]
		.filter((r) => !listed.has(r.version))
		.sort((a, b) => compareVersions(b.version, a.version))
		.map((r) =>
			at(
				doc.entry,
				[...doc.base, 'revisions'],
				'revision-git',
				`git history records ${doc.label} at version ${r.version} (commit ${r.hash.slice(0, 10)}, ${r.date}), but revisions has no row for it`,
				`add a revisions row for ${r.version} with its approval date, approver and summary of the change`,
			),
		);
}

export function documentControl(context: RuleContext): Diagnostic[] {
	const documents = controlledDocuments(context);
	if (documents.length === 0) return [];
	const recorded = context.contentDir ? recordedVersions(context.contentDir, context.root) : [];
	return documents.flatMap((doc) => [...checkTable(doc), ...checkGit(doc, recorded)]);
}
