import type { Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../content/validate.ts';
import { at, type Rule } from './context.ts';

/** Two files of one collection with the same name but another extension would share an identifier. */
export const uniqueIds: Rule = ({ entries }) =>
	duplicates(
		entries,
		(e) => `${e.collection}/${e.id}`,
		(first, entry) => ({
			severity: 'error',
			file: entry.file,
			rule: 'duplicate-id',
			message: `has the identifier "${entry.id}", which ${first.file} already has`,
			fix: 'rename one of the two files: the file name is the identifier',
		}),
	);

/** Identifiers people write inside entries must be unique too: document numbers, SoA lines, finding numbers. */
export const uniqueKeys: Rule = (context) => [
	...duplicates(
		context.all('policies'),
		(e) => e.data.docId,
		(first, e) =>
			at(
				e,
				['docId'],
				'duplicate-id',
				`document number ${e.data.docId} is already used by ${first.file}`,
				'give each policy its own document number',
			),
	),
	...duplicates(
		context.all('controls'),
		(e) => e.data.requirement,
		(first, e) =>
			at(
				e,
				['requirement'],
				'duplicate-id',
				`${e.data.requirement} already has a Statement of Applicability entry in ${first.file}`,
				'merge the two entries: the SoA has one line per requirement',
			),
	),
	...duplicates(
		context
			.all('audits')
			.flatMap((audit) => audit.data.findings.map((finding, index) => ({ audit, finding, index }))),
		(f) => f.finding.id,
		(first, f) =>
			at(
				f.audit,
				['findings', f.index, 'id'],
				'duplicate-id',
				`finding ${f.finding.id} is already used in ${first.audit.file}`,
				'number each finding once across all audits',
			),
	),
];

/** Exactly one organisation entry, public, since every site shows it. */
export const organization: Rule = (context) => {
	const list = context.all('organization');
	if (list.length === 1) {
		const [org] = list as [Entry<'organization'>];
		return org.data.audience === 'public'
			? []
			: [
					at(
						org,
						['audience'],
						'organization',
						'the organisation entry must be public: every site shows it',
						'write `audience: public`; keep staff-only details in fields such as handbookUrl, which are never published',
					),
				];
	}
	return [
		{
			severity: 'error',
			file: context.contentFile('organization'),
			rule: 'organization',
			message:
				list.length === 0
					? 'there is no organisation entry'
					: `there are ${list.length} organisation entries (${list.map((e) => e.file).join(', ')}); there must be exactly one`,
			fix:
				list.length === 0
					? `create ${context.contentFile('organization', 'organization.yaml')} (see the example content)`
					: `keep one file in ${context.contentFile('organization')}/`,
		},
	];
};

function duplicates<T>(
	items: readonly T[],
	key: (item: T) => string,
	report: (first: T, duplicate: T) => Diagnostic,
): Diagnostic[] {
	const seen = new Map<string, T>();
	const out: Diagnostic[] = [];
	for (const item of items) {
		const first = seen.get(key(item));
		if (first) out.push(report(first, item));
		else seen.set(key(item), item);
	}
	return out;
}
