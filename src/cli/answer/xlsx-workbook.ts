/**
 * A workbook read straight from its package: the sheets in tab order (with their part names
 * and whether they are hidden), the shared strings, the defined names, and each sheet's XML
 * scanned on demand. Why not exceljs: it rebuilds the whole workbook in memory and writes
 * every part anew (a real 1 MB questionnaire did not even load in 5 minutes, and what it
 * writes loses parts it does not model); a buyer's workbook must come back as it was.
 */
import { PackageError, partText, readPackage, writePackage, type Parts } from './zip-package.ts';
import { parseSheet, writeCells, type CellEdit, type SheetXml } from './xlsx-sheet.ts';
import { attributes, decodeXml, parseRange, textRuns } from './xml.ts';

export interface SheetInfo {
	name: string;
	/** Part name in the package, for example `xl/worksheets/sheet3.xml`. */
	part: string;
	hidden: boolean;
}

export class Workbook {
	readonly parts: Parts;
	readonly sheets: SheetInfo[];
	readonly sharedStrings: string[];
	readonly definedNames: Map<string, string>;
	readonly #scanned = new Map<string, SheetXml>();
	readonly #edits = new Map<string, CellEdit[]>();

	constructor(bytes: Uint8Array) {
		this.parts = readPackage(bytes);
		const workbookPart = this.#workbookPart();
		const xml = partText(this.parts, workbookPart);
		if (!xml)
			throw new PackageError(
				'not a readable XLSX workbook: it has no workbook part (xl/workbook.xml)',
			);
		const rels = relationships(partText(this.parts, relsOf(workbookPart)) ?? '', workbookPart);
		this.sheets = [...xml.matchAll(/<sheet\b([^>]*?)\/?>/g)].flatMap((m) => {
			const a = attributes(m[1]!);
			const part = rels.get(a['r:id'] ?? '');
			return a.name && part && this.parts.has(part)
				? [{ name: a.name, part, hidden: a.state === 'hidden' || a.state === 'veryHidden' }]
				: [];
		});
		this.definedNames = new Map(
			[...xml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)]
				.filter((m) => attributes(m[1]!).localSheetId === undefined)
				.map((m) => [attributes(m[1]!).name!.toLowerCase(), decodeXml(m[2]!)]),
		);
		const sst = partText(this.parts, 'xl/sharedStrings.xml') ?? '';
		this.sharedStrings = [...sst.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) =>
			textRuns(m[1] ?? ''),
		);
	}

	#workbookPart(): string {
		const root = relationships(partText(this.parts, '_rels/.rels') ?? '', '');
		for (const [, target] of root) if (/workbook\d*\.xml$/.test(target)) return target;
		return 'xl/workbook.xml';
	}

	sheet(info: SheetInfo): SheetXml {
		let scanned = this.#scanned.get(info.part);
		if (!scanned) {
			scanned = parseSheet(partText(this.parts, info.part) ?? '', this.sharedStrings);
			this.#scanned.set(info.part, scanned);
		}
		return scanned;
	}

	/**
	 * The choices of a list validation: a literal (`"Yes,No,N/A"`), or the cells of a range or
	 * defined name, on this sheet or another (often a hidden one).
	 */
	listChoices(source: string, on: SheetInfo): string[] {
		const literal = source.trim().match(/^"([\s\S]*)"$/);
		if (literal)
			return literal[1]!
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
		let reference = source.trim().replace(/^=/, '');
		const named = this.definedNames.get(reference.toLowerCase());
		if (named) reference = named.replace(/^=/, '');
		const m = reference.match(/^(?:'((?:[^']|'')+)'|([^!'"]+))!(.+)$/);
		const sheetName = m ? (m[1]?.replace(/''/g, "'") ?? m[2]!) : on.name;
		const range = parseRange(m ? m[3]! : reference);
		const target = this.sheets.find((s) => s.name === sheetName);
		if (!range || !target) return [];
		const sheet = this.sheet(target);
		const out: string[] = [];
		for (let r = range.top; r <= Math.min(range.bottom, range.top + 200); r++) {
			for (const cell of sheet.rows.get(r)?.cells ?? [])
				if (cell.col >= range.left && cell.col <= range.right && cell.text.trim())
					out.push(cell.text.trim());
		}
		return out;
	}

	/** Queues cells to fill on a sheet. */
	fill(info: SheetInfo, edits: CellEdit[]): void {
		this.#edits.set(info.part, [...(this.#edits.get(info.part) ?? []), ...edits]);
	}

	/** The package with the queued cells written; untouched parts keep their bytes. */
	write(): Uint8Array {
		const encoder = new TextEncoder();
		const changed = new Map<string, Uint8Array>();
		for (const [part, edits] of this.#edits) {
			if (edits.length === 0) continue;
			const info = this.sheets.find((s) => s.part === part)!;
			changed.set(part, encoder.encode(writeCells(this.sheet(info), edits)));
		}
		return writePackage(this.parts, changed);
	}
}

const relsOf = (part: string) => {
	const slash = part.lastIndexOf('/');
	return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Relationship id → part name, resolved against the folder of the part that owns them. */
function relationships(xml: string, owner: string): Map<string, string> {
	const base = owner.includes('/') ? owner.slice(0, owner.lastIndexOf('/') + 1) : '';
	const out = new Map<string, string>();
	for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
		const a = attributes(m[1]!);
		if (!a.Id || !a.Target || a.TargetMode === 'External') continue;
		out.set(a.Id, resolvePart(base, a.Target));
	}
	return out;
}

function resolvePart(base: string, target: string): string {
	const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
	const out: string[] = [];
	for (const s of segments) {
		if (s === '..') out.pop();
		else if (s !== '.' && s !== '') out.push(s);
	}
	return out.join('/');
}
