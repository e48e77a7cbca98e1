import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { publicFileProblem } from '../../src/lib/rules/assets.ts';
import { httpsUrlProblem, url } from '../../src/lib/schemas/fields.ts';
import { TMP } from '../helpers/content.ts';

describe('url fields', () => {
	test.each(['https://trust.example.com', 'https://example.com/policy#x', 'HTTPS://EXAMPLE.COM/'])(
		'accept %s',
		(value) => {
			expect(url.safeParse(value).success).toBe(true);
		},
	);

	test.each([
		['javascript:alert(1)', 'uses "javascript:"; only https:// addresses are allowed'],
		['JaVaScRiPt:alert(1)', 'uses "javascript:"; only https:// addresses are allowed'],
		['data:text/html,<script>x</script>', 'uses "data:"; only https:// addresses are allowed'],
		['data:text/html,x', 'uses "data:"; only https:// addresses are allowed'],
		['vbscript:x', 'uses "vbscript:"; only https:// addresses are allowed'],
		['http://example.com', 'uses "http:"; only https:// addresses are allowed'],
		['mailto:a@example.com', 'uses "mailto:"; only https:// addresses are allowed'],
		[
			'//example.com/x',
			'"//example.com/x" has no scheme; write it in full, starting with https://',
		],
		['https://user:secret@example.com', 'must not contain a user name or password'],
		['https://exa\tmple.com', 'must not contain spaces, line breaks or control characters'],
		[
			'https://example.com\nContact: x',
			'must not contain spaces, line breaks or control characters',
		],
		['https:example.com', 'must be a full URL starting with https://'],
		['example.com', 'must be a full URL starting with https://'],
	])('reject %j', (value, message) => {
		expect(httpsUrlProblem(value)).toBe(message);
		expect(url.safeParse(value).error?.issues[0]?.message).toBe(message);
	});
});

describe('public files', () => {
	const root = join(TMP, 'public-files');
	mkdirSync(join(root, 'public/brand'), { recursive: true });
	writeFileSync(join(root, 'public/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
	try {
		symlinkSync('/etc/hostname', join(root, 'public/outside.svg'));
	} catch {
		// Left from an earlier run.
	}

	test('a file under public/ is found', () =>
		expect(publicFileProblem(root, '/logo.svg')).toBeUndefined());
	test('a missing file is named', () =>
		expect(publicFileProblem(root, '/nope.svg')).toBe('/nope.svg does not exist under public/'));
	test('a folder is not a file', () =>
		expect(publicFileProblem(root, '/brand')).toBe('/brand is a folder under public/, not a file'));
	test('a link out of public/ is refused', () =>
		expect(publicFileProblem(root, '/outside.svg')).toBe(
			'/outside.svg leads outside public/ (it is a link to a file elsewhere)',
		));
});
