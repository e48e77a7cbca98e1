/**
 * The files of documents, in `<content>/documents/files/`: found, and read, only inside the
 * content folder. The document-file rule reports what `findDocumentFile` refuses; the route
 * that copies a file into a site reads it through `readDocumentFile`, which refuses the same
 * files again, so a build whose check was skipped still never copies a file from outside.
 */
import { join } from 'node:path';
import { look, readInside, realBoundary, type Problem } from './inside.ts';

/** Document files are reports and policies, not archives of the file server. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export function documentFilePath(contentDir: string, name: string): string {
	return join(contentDir, 'documents', 'files', name);
}

/** Why the file of a document cannot be published, if it cannot; `missing` when there is none. */
export function findDocumentFile(
	contentDir: string,
	name: string,
): Problem | 'missing' | undefined {
	let boundary: string;
	try {
		boundary = realBoundary(contentDir);
	} catch {
		return 'missing';
	}
	const looked = look(boundary, documentFilePath(contentDir, name));
	if (looked.kind === 'missing') return 'missing';
	if (looked.kind === 'problem') return looked.problem;
	if (looked.kind === 'dir')
		return {
			rule: 'file-type',
			message: 'is a folder, not a file',
			fix: 'put the document itself there, not a folder',
		};
	if (looked.size > MAX_DOCUMENT_BYTES)
		return {
			rule: 'file-size',
			message: `is ${(looked.size / 1024 / 1024).toFixed(1)} MB; a document file may be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
			fix: 'publish a smaller file, or link to the document elsewhere',
		};
	return undefined;
}

/** The bytes of a document's file; throws, naming the file and never its contents, if it is not inside the content folder. */
export function readDocumentFile(contentDir: string, name: string): Buffer {
	const path = documentFilePath(contentDir, name);
	const refuse = (why: string) =>
		new Error(`documents: the file ${name} ${why}; it is not published`);
	let boundary: string;
	try {
		boundary = realBoundary(contentDir);
	} catch {
		throw refuse(`has no content folder at ${contentDir}`);
	}
	const read = readInside(boundary, path, MAX_DOCUMENT_BYTES);
	if ('problem' in read) throw refuse(read.problem.message);
	if (read.size > MAX_DOCUMENT_BYTES)
		throw refuse(`is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
	return read.bytes;
}
