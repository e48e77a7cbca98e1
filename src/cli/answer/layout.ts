/**
 * Where the questions are in a buyer's sheet: which row is the header, which column holds the
 * questions. Questionnaires put them anywhere (“Question”, “Control Question”, “Requirement”,
 * or an unnamed column C under a title banner), so the header is a hint and the cells decide.
 */

export interface Layout {
	/** Index of the header row (0-based); rows after it are questions. */
	headerRow: number;
	/** Index of the question column (0-based). */
	questionColumn: number;
	/** How the column was chosen, for the summary. */
	reason: 'override' | 'header' | 'content';
}

export class LayoutError extends Error {}

const ASKING =
	/^(do|does|did|is|are|was|were|can|could|how|what|which|who|whom|whose|when|where|why|describe|explain|please|provide|list|has|have|will|would|should|shall|indicate|confirm|specify|state|detail|outline|attach|identify)\b/i;

/** How much a cell reads like a question: 1 clearly, 0.3 maybe (long prose), 0 not. */
export function questionLikeness(cell: string): number {
	const text = cell.trim();
	if (text.length < 12) return 0;
	if (text.endsWith('?') || ASKING.test(text)) return 1;
	return text.length >= 25 && text.split(/\s+/).length >= 4 ? 0.3 : 0;
}

const nonEmpty = (row: readonly string[]) => row.filter((c) => c.trim() !== '');

/** The header: the first row, within the first 20, of two or more short labels that are not questions. */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
	const limit = Math.min(rows.length, 20);
	for (let i = 0; i < limit; i++) {
		const cells = nonEmpty(rows[i]!);
		if (cells.length >= 2 && cells.every((c) => c.length <= 60 && !c.trim().endsWith('?')))
			return i;
	}
	return 0;
}

function headerScore(name: string): number {
	const h = name.trim().toLowerCase();
	if (/\b(id|no|num|number|ref|reference|#)\b|\bid$/.test(h)) return 0;
	if (/^questions?$/.test(h)) return 100;
	if (h.includes('question')) return 80;
	if (/requirement|query|inquiry|control description|item|prompt/.test(h)) return 50;
	return 0;
}

function columnLikeness(rows: readonly (readonly string[])[], column: number): number {
	return rows.reduce((sum, row) => sum + questionLikeness(row[column] ?? ''), 0);
}

/** Resolves `--column`: a header name (any case), a 1-based number, or a column letter. */
function overrideColumn(header: readonly string[], override: string): number {
	const byName = header.findIndex((h) => h.trim().toLowerCase() === override.trim().toLowerCase());
	if (byName >= 0) return byName;
	if (/^\d+$/.test(override) && Number(override) >= 1) return Number(override) - 1;
	if (/^[A-Za-z]{1,2}$/.test(override))
		return [...override.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
	throw new LayoutError(
		`--column "${override}" is not a header of this sheet (headers: ${header
			.filter((h) => h.trim())
			.map((h) => `"${h}"`)
			.join(', ')}), a column number or a column letter`,
	);
}

/** Finds the header row and the question column, or throws a LayoutError that says what to pass. */
export function findLayout(rows: readonly (readonly string[])[], override?: string): Layout {
	const headerRow = findHeaderRow(rows);
	const header = rows[headerRow] ?? [];
	const body = rows.slice(headerRow + 1);
	const width = Math.max(0, ...rows.map((r) => r.length));
	if (override !== undefined) {
		const questionColumn = overrideColumn(header, override);
		if (questionColumn >= width)
			throw new LayoutError(
				`--column ${override} is beyond the last column of the sheet (${width} columns)`,
			);
		return { headerRow, questionColumn, reason: 'override' };
	}
	const columns = Array.from({ length: width }, (_, i) => ({
		i,
		header: headerScore(header[i] ?? ''),
		content: columnLikeness(body, i),
	}));
	const named = columns
		.filter((c) => c.header > 0 && c.content >= Math.max(1, body.length * 0.2))
		.sort((a, b) => b.header - a.header || b.content - a.content)[0];
	if (named) return { headerRow, questionColumn: named.i, reason: 'header' };
	const byContent = [...columns].sort((a, b) => b.content - a.content)[0];
	if (!byContent || byContent.content < 1)
		throw new LayoutError('no column reads like questions; name it with --column "<header>"');
	return { headerRow, questionColumn: byContent.i, reason: 'content' };
}
