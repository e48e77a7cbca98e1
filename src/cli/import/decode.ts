/**
 * Bytes of a spreadsheet export → text. Real exports come as UTF-8 (with or without a BOM),
 * UTF-16 (Excel's "Unicode text") or windows-1252 (Excel's "CSV" on Windows). Without an
 * encoding detector we rely on the BOM and on UTF-8 validity: a file that is not valid UTF-8
 * is almost always windows-1252 in practice (latin1 is a subset for printable characters).
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
	text: string;
	encoding: Encoding;
}

/** Decodes `bytes`, telling which encoding it took them for. Never throws. */
export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}
