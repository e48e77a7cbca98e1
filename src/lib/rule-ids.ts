/**
 * Every rule a diagnostic can name, with what it checks. A diagnostic's `rule` is one of these,
 * so a misspelt rule id fails the type check, and the bad-content corpus has a case for each
 * (tests/unit/bad-content.test.ts).
 */
export const RULE_IDS = {
	// Files and syntax (the loader)
	'content-folder': 'the content folder itself cannot be read',
	'file-link': 'a symbolic link is broken, loops, or leads outside the content folder',
	'file-type': 'a folder, pipe or device stands where a file should be',
	'file-read': 'a file cannot be read',
	'unknown-collection': 'a folder under the content directory is not a collection',
	'file-format': 'a file has an extension its collection does not accept',
	'file-name': 'a file name cannot be an identifier',
	'file-size': 'a file is larger than an entry may be',
	encoding: 'a file is not valid UTF-8',
	syntax: 'a file is not valid YAML, or has no front matter',
	// MDX and bodies
	'mdx-syntax': 'an MDX body does not parse',
	mdx: 'an MDX body imports, exports, uses a component or evaluates an expression outside the allow-list',
	'body-link-audience': 'a link in a body leads to a page its readers may not see',
	'body-image': 'an image in a body is not an image file of the repository',
	// Fields (the schemas)
	schema: 'a field is missing, of the wrong type, or not one of its allowed values',
	'brand-contrast': 'a brand colour does not reach WCAG AA contrast where the sites use it',
	'public-file': 'a logo or image path does not name a file under public/',
	// Identity
	'duplicate-id':
		'two entries share an identifier, a document number, an SoA line or a finding number',
	organization: 'there is not exactly one organisation entry',
	// References
	reference: 'a reference points to an entry that does not exist',
	'reference-audience': 'a reference shows readers a link to an entry they may not read',
	// Statement of Applicability and gap analysis
	'soa-complete': 'an Annex A control has no SoA line',
	'gap-analysis-complete': 'a clause 4–10 requirement has no gap-analysis line',
	applicability: 'applicability and status disagree, or a clause is excluded',
	// AI systems
	'annex-iii-point': 'an Annex III tier does not name its point',
	'declined-use': 'a declined use case is deployed',
	'high-risk-assessment': 'a high-risk system has no impact assessment',
	'high-risk-review-point': 'a high-risk system has no human review point',
	'assessment-link': 'a system names an impact assessment of another system',
	// Records
	'certification-track': "a certification's status is not a step of its kind's track",
	'certified-details': 'a held certification lacks its number, body or expiry',
	'residual-risk': 'residual risk exceeds inherent risk',
	approval: 'an approved document does not say who approved it, or when',
	'revision-missing': 'a controlled document has no revision history',
	'revision-unapproved': "the current version's revision row has no dated approval",
	'revision-mismatch': "the revision history disagrees with the document's version or approval",
	'revision-order': 'revision rows are out of order, or repeat a version',
	'revision-git': 'a version git recorded for the file has no revision row',
	'corrective-action': 'a nonconformity has no corrective action',
	'date-order': 'a period ends before it starts',
	'training-counts': 'more people completed a training than were assigned it',
	'document-file': "a document's file is not in documents/files/",
	'security-txt-url':
		"a security.txt Contact or Policy URL on the trust center's own host names no page of it",
	// Time (warnings; errors under --strict)
	'review-overdue': 'a review date has passed',
	'action-overdue': 'an open action is past its due date',
	expiring: 'a certificate, evidence or security.txt expires within 90 days',
	expired: 'a certificate, evidence or security.txt has expired',
	// Import
	import: 'an import cannot be written as planned',
	'import-missing-column': 'an inventory lacks a column its import layout maps',
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof RULE_IDS;
