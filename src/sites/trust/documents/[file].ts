// Serves the files of the documents in this site's view, and only those: a private document's
// file is in the private build alone. Files are read from <content dir>/documents/files/, and
// only if they really lie inside the content folder (src/lib/content/document-files.ts).
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { trustView } from '../../../lib/queries.ts';
import { readDocumentFile } from '../../../lib/content/document-files.ts';
import { contentType } from '../../../lib/trust/documents.ts';

export const getStaticPaths = (async () => {
	const { entries } = await trustView();
	return entries.documents.map((d) => ({
		params: { file: d.data.file },
		props: { file: d.data.file },
	}));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
	const bytes = readDocumentFile(
		resolve(process.env.AIMS_CONTENT_DIR ?? 'src/content'),
		props.file,
	);
	return new Response(new Uint8Array(bytes), {
		headers: { 'Content-Type': contentType(props.file) },
	});
};
