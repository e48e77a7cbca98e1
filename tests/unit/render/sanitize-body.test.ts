/**
 * The body sanitiser on real Sätteri output: Markdown and MDX rendered with the plugins the
 * build uses, then parsed back, so each assertion is about the HTML a reader would get.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxBoundaryPlugin, sanitizePlugin } from '../../../src/lib/render/satteri-plugins.ts';
import { PROJECT } from '../../helpers/content.ts';

const render = async (markdown: string) =>
	(
		await markdownToHtml(markdown, {
			hastPlugins: [sanitizePlugin(PROJECT)],
			features: { rawHtml: true },
		})
	).html;
const compile = async (mdx: string) =>
	(
		await mdxToJs(mdx, {
			mdastPlugins: [mdxBoundaryPlugin(PROJECT)],
			hastPlugins: [sanitizePlugin(PROJECT)],
			fileURL: new URL(`file://${PROJECT}/src/content/policies/x.mdx`),
			jsxImportSource: 'astro',
		})
	).code;

describe('markdown bodies', () => {
	test.each([
		['<script>window.pwned = 1</script>', 'pwned'],
		['<style>body { display: none }</style>', 'display'],
		['<iframe src="javascript:alert(1)"></iframe>', 'iframe'],
		['<object data="x.swf"></object><embed src="x.swf">', 'swf'],
		['<form action="https://evil.example"><input name="q"></form>', 'evil'],
		['<b onclick="alert(1)">b</b>', 'onclick'],
		['<img src="x" onerror="alert(1)">', 'onerror'],
		['<div style="position:fixed;inset:0">x</div>', 'style'],
		['[x](javascript:alert(1))', 'javascript'],
		['[x](JaVaScRiPt:alert(1))', 'alert'],
		['<a href="java&#x09;script:alert(1)">x</a>', 'script'],
		['[x](vbscript:msgbox)', 'vbscript'],
		['[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
		['![x](data:image/svg+xml;base64,PHN2Zz4=)', 'data:'],
		['![x](https://tracker.example/pixel.png)', 'tracker'],
		['![x](//tracker.example/pixel.png)', 'tracker'],
		['<svg><script>alert(1)</script></svg>', 'alert'],
		['<math><mtext><img src=x onerror=alert(1)></mtext></math>', 'onerror'],
		['<meta http-equiv="refresh" content="0;url=https://evil.example">', 'refresh'],
		['<base href="https://evil.example/">', 'evil'],
		['<link rel="stylesheet" href="https://evil.example/x.css">', 'evil'],
		['![x](../risks/register.yaml?raw)', 'yaml'],
		['<img src="./chart.png?raw">', 'raw'],
		[
			'<picture><source srcset="https://tracker.example/a.png"><img src="./a.png"></picture>',
			'tracker',
		],
	])('%s is removed', async (payload, marker) => {
		expect((await render(`Text ${payload} more.\n`)).toLowerCase()).not.toContain(
			marker.toLowerCase(),
		);
	});

	test('keeps what authors write: headings, lists, tables, code, links, details, task lists', async () => {
		const html = await render(
			'## Scope\n\n- one\n- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nconst a = 1;\n```\n\n[https](https://example.com/) [mail](mailto:ai@example.com) [page](../policies/ai-policy/) [anchor](#scope)\n\n<details><summary>More</summary>Hidden</details>\n\n![Chart](./chart.png)\n',
		);
		expect(html).toContain('<h2>Scope</h2>');
		expect(html).toContain(
			'<li class="task-list-item"><input type="checkbox" checked disabled> done</li>',
		);
		expect(html).toContain('<td>1</td>');
		expect(html).toContain('<code class="language-js">const a = 1;');
		expect(html).toContain('<a href="https://example.com/">https</a>');
		expect(html).toContain('<a href="mailto:ai@example.com">mail</a>');
		expect(html).toContain('<a href="../policies/ai-policy/">page</a>');
		expect(html).toContain('<a href="#scope">anchor</a>');
		expect(html).toContain('<details><summary>More</summary>Hidden</details>');
		expect(html).toContain('<img src="./chart.png" alt="Chart">');
	});

	test('author ids are prefixed; footnote links still reach their notes', async () => {
		const html = await render('<p id="search">x</p>\n\nNote[^1]\n\n[^1]: The note.\n');
		expect(html).toContain('id="user-content-search"');
		expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
		expect(html).toContain('<li id="user-content-fn-1">');
	});
});

describe('MDX bodies', () => {
	test('allow-listed components survive, with their children sanitised', async () => {
		const code = await compile(
			`import Callout from '../../components/content/Callout.astro';\n\n<Callout type="warning">Read <a href="javascript:alert(1)" onclick="x()">this</a> **now**.</Callout>\n`,
		);
		expect(code).toContain('import Callout from "../../components/content/Callout.astro";');
		expect(code).toMatch(/_jsxs?\(Callout, \{\s*type: "warning",/);
		expect(code).not.toContain('javascript');
		expect(code).not.toContain('onclick');
	});

	test('lower-case JSX is sanitised like HTML', async () => {
		const code = await compile(
			`<details open><summary>S</summary><a href="vbscript:x" style="color:red">x</a></details>\n`,
		);
		expect(code).toContain('open: true');
		expect(code).not.toContain('vbscript');
		expect(code).not.toContain('color:red');
	});

	test('literal expressions become text; comments vanish', async () => {
		const code = await compile(`A {"literal"} and {/* a comment */} here.\n`);
		expect(code).toContain('"literal"');
		expect(code).not.toContain('comment');
	});

	test('a forbidden import fails the compile with file, line and fix', async () => {
		await expect(compile(`import secret from '/etc/passwd?raw';\n\n{secret}\n`)).rejects.toThrow(
			/x\.mdx:1: secret is not an allow-listed component \(allowed: Callout\)\n {4}fix: import an allow-listed component/,
		);
	});
});
