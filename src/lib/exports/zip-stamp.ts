/**
 * exceljs zips the workbook with JSZip and gives it no dates, so JSZip stamps every entry
 * with the wall clock and two writes of the same workbook differ. This rewrites the DOS
 * modification time and date of every entry, in its local header and in the central
 * directory, to one fixed day (PKWARE APPNOTE 4.3.7, 4.3.12, 4.3.16).
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosDate(isoDate: string): number {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	return ((year - 1980) << 9) | (month << 5) | day;
}

/** The zip with every entry dated `isoDate` (YYYY-MM-DD) at midnight. Throws on anything but a plain zip. */
export function pinZipDates(zip: Uint8Array, isoDate: string): Buffer {
	const out = Buffer.from(zip);
	let end = out.length - 22;
	while (end >= 0 && out.readUInt32LE(end) !== EOCD) end--;
	if (end < 0) throw new Error('pinZipDates: no end-of-central-directory record; not a zip file');
	const count = out.readUInt16LE(end + 10);
	let at = out.readUInt32LE(end + 16);
	const date = dosDate(isoDate);
	for (let i = 0; i < count; i++) {
		if (out.readUInt32LE(at) !== CENTRAL)
			throw new Error(`pinZipDates: central directory entry ${i} is malformed`);
		out.writeUInt16LE(0, at + 12);
		out.writeUInt16LE(date, at + 14);
		const local = out.readUInt32LE(at + 42);
		if (out.readUInt32LE(local) !== LOCAL)
			throw new Error(`pinZipDates: local header of entry ${i} is malformed`);
		out.writeUInt16LE(0, local + 10);
		out.writeUInt16LE(date, local + 12);
		at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
	}
	return out;
}
