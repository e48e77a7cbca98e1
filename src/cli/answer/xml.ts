/**
 * The little XML an .xlsx package needs, by hand: entity decoding and escaping, attributes of
 * one start tag, and A1 cell references. Sheet XML is scanned, not parsed into a tree, so a
 * 20 MB sheet costs one pass and the text between the cells we change is never rebuilt.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
		if (name[0] === '#')
			return String.fromCodePoint(
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
			);
		return ENTITIES[name] ?? all;
	});
}

/** Text for an element's content or an attribute value; control characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Attributes of a start tag's inside (`r="A1" s="3"`), names as written (prefixes kept). */
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	ATTRIBUTE.lastIndex = 0;
	for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
		const value = m[2] ?? m[3] ?? '';
		out[m[1]!] = value.includes('&') ? decodeXml(value) : value;
	}
	return out;
}

/** The text of every `<t>` in a fragment (a shared string, an inline string), phonetic runs left out. */
export function textRuns(fragment: string): string {
	const visible = fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
	let text = '';
	for (const m of visible.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g))
		text += decodeXml(m[1] ?? '');
	return text;
}

/** 0-based column of a column name: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
	let n = 0;
	for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
	return n - 1;
}

export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

/** A cell reference (`$C$12` or `C12`) as 0-based row and column. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
	const m = ref.replace(/\$/g, '').match(/^([A-Za-z]{1,3})(\d+)$/);
	return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]!) } : undefined;
}

export interface Range {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** `A1:D1`, `C5` or a whole column `C:C` as a 0-based inclusive range. */
export function parseRange(ref: string): Range | undefined {
	const [a, b = a] = ref.replace(/\$/g, '').split(':');
	const whole = (s: string | undefined) => s?.match(/^([A-Za-z]{1,3})$/)?.[1];
	if (whole(a) && whole(b))
		return { top: 0, left: columnIndex(a!), bottom: 1048575, right: columnIndex(b!) };
	const from = parseRef(a ?? '');
	const to = parseRef(b ?? '');
	if (!from || !to) return undefined;
	return {
		top: Math.min(from.row, to.row),
		left: Math.min(from.col, to.col),
		bottom: Math.max(from.row, to.row),
		right: Math.max(from.col, to.col),
	};
}

export const inRange = (r: Range, row: number, col: number) =>
	row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
