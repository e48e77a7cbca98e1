/**
 * An .xlsx file is a zip package of XML parts. fflate reads and writes it in memory, in a
 * fraction of a second for a megabyte workbook. Parts come back in their original order,
 * and a part we do not change is written with exactly the bytes it had.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

export type Parts = Map<string, Uint8Array>;

export class PackageError extends Error {}

export function readPackage(bytes: Uint8Array): Parts {
	try {
		return new Map(Object.entries(unzipSync(bytes)));
	} catch (cause) {
		throw new PackageError(
			`not a readable XLSX workbook (not a zip package: ${(cause as Error).message})`,
			{ cause },
		);
	}
}

/** The package with `changed` parts replaced; every other part keeps its bytes. Fixed timestamps, so the same input gives the same file. */
export function writePackage(parts: Parts, changed: ReadonlyMap<string, Uint8Array>): Uint8Array {
	const files: Zippable = {};
	// Local-time components, so the DOS timestamp fflate writes is the same in every time zone.
	const mtime = new Date(1980, 0, 1);
	for (const [name, data] of parts) files[name] = [changed.get(name) ?? data, { level: 6, mtime }];
	return zipSync(files);
}

const decoder = new TextDecoder();
export const partText = (parts: Parts, name: string): string | undefined => {
	const data = parts.get(name);
	return data && decoder.decode(data);
};
