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
