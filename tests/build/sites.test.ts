/**
 * Builds the bundled example organisation (plus one hostile entry) and checks the three sites
 * on their real output: that they exist, show what the content holds, mark their audience,
 * escape markup, and come out byte-for-byte the same from a second build, and whichever root
 * Astro renders them in.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/pipeline.ts';
import { inPlace, posture } from '../../src/lib/trust/posture.ts';
import { createView } from '../../src/lib/views/audience.ts';
import { AS_OF, build, listFiles } from '../helpers/build.ts';
import { contentTree, EXAMPLE, writeContent } from '../helpers/content.ts';

const HOSTILE = '<script>alert("owned")</script>';
let root: string;
let dist: string;

beforeAll(() => {
	({ root } = contentTree('sites', EXAMPLE));
	writeContent(
		join(root, 'src/content'),
		'updates/hostile-markup.md',
		`---\naudience: public\ntitle: '${HOSTILE} & <b>bold</b>'\ndate: "2026-11-01"\ncategory: general\nsummary: Markup in a field must arrive as text.\n---\n\nBody.\n`,
	);
	dist = join(root, 'dist');
	const result = build(join(root, 'src/content'), dist);
	if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
});

const html = (site: string, page = 'index.html') => readFileSync(join(dist, site, page), 'utf8');

describe('one source, three sites', () => {
	test('writes the public, private and internal sites, each self-contained', () => {
		for (const site of ['trust', 'trust-private', 'handbook']) {
			expect(existsSync(join(dist, site, 'index.html')), site).toBe(true);
			// Self-contained: every asset a page names is inside the site's own folder.
			for (const [, path] of html(site).matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
				const bare = path!.replace(/[?#].*$/, '');
				const file = bare.endsWith('/') ? `${bare}index.html` : bare;
				expect(existsSync(join(dist, site, file)), `${site}${path}`).toBe(true);
			}
		}
	});

	test('the trust center shows the public posture computed from the content', () => {
		const view = createView(checkContent({ root, asOf: AS_OF }).entries, 'public');
		const page = html('trust');
		// The Annex A tile: controls in place of applicable, from the posture derivation every trust page uses.
		const { annexA } = posture(view);
		expect(annexA.applicable).toBeGreaterThan(0);
		expect(page).toContain(`${inPlace(annexA)}<small> / ${annexA.applicable}</small>`);
		for (const certification of view.entries.certifications)
			expect(page).toContain(certification.data.title);
		const answers = html('trust', 'answers/index.html');
		for (const answer of view.entries.answers)
			expect(answers).toContain(escapeHtml(answer.data.question));
		expect(view.entries.certifications.length).toBeGreaterThanOrEqual(3);
	});

	test('the private trust center and the handbook are marked and kept out of search engines', () => {
		expect(html('trust')).not.toContain('noindex');
		expect(html('trust-private')).toContain('<meta name="robots" content="noindex, nofollow">');
		expect(html('trust-private')).toContain('Confidential');
		expect(html('handbook')).toContain('noindex');
	});

	test('markup written in content arrives as text', () => {
		const page = html('trust', 'updates/hostile-markup/index.html');
		expect(page).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;');
		// Inside a quoted attribute value `<` is inert text; everywhere else it must be escaped.
		const outsideAttributes = page.replace(/="[^"]*"/g, '=""');
		expect(outsideAttributes).not.toContain('<script>alert');
		expect(outsideAttributes).not.toContain('<b>bold</b>');
	});

	test('a second build of the same content is byte-for-byte identical', () => {
		const again = join(root, 'dist-again');
		const result = build(join(root, 'src/content'), again);
		expect(result.status, result.output).toBe(0);
		expect(digest(again)).toEqual(digest(dist));
	});

	test('a trust center built beside the handbook, in a root of its own, is the one built alone in the project root', () => {
		// In the full build above, the trust sites rendered in node_modules/.astro/root-beside/
		// while the handbook rendered in the project; built first and alone, trust renders in
		// the project's root.
		const alone = join(root, 'dist-alone');
		const result = build(join(root, 'src/content'), alone, {}, ['--site', 'trust']);
		expect(result.status, result.output).toBe(0);
		expect(readdirSync(alone)).toEqual(['trust']);
		expect(Object.keys(digest(join(alone, 'trust'))).length).toBeGreaterThan(50);
		expect(digest(join(alone, 'trust'))).toEqual(digest(join(dist, 'trust')));
	});
});

/** Every file under `dir` and the SHA-256 of its bytes. */
function digest(dir: string): Record<string, string> {
	return Object.fromEntries(
		listFiles(dir).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(dir, file)))
				.digest('hex'),
		]),
	);
}

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
