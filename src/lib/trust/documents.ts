import { compareIds } from '../order.ts';
import { DOCUMENT_KINDS } from '../schemas/documents.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';
import { DOCUMENT_KIND_LABELS } from './labels.ts';

/** Media types of the document files the schema accepts (pdf, txt, csv, xlsx, docx, json). */
const TYPES: Record<string, string> = {
	pdf: 'application/pdf',
	txt: 'text/plain; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function contentType(file: string): string {
	return TYPES[file.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';
}

export interface DocumentGroup {
	kind: (typeof DOCUMENT_KINDS)[number];
	label: string;
	documents: ViewEntry<'documents'>[];
}

/** The site's documents by kind, in the schema's order of kinds, newest first within each. */
export function documentGroups(view: AudienceView): DocumentGroup[] {
	return DOCUMENT_KINDS.map((kind) => ({
		kind,
		label: DOCUMENT_KIND_LABELS[kind],
		documents: view.entries.documents
			.filter((d) => d.data.kind === kind)
			.sort((a, b) => compareIds(b.data.date, a.data.date) || a.id.localeCompare(b.id)),
	})).filter((g) => g.documents.length > 0);
}
