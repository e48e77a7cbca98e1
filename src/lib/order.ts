/** Orders that never depend on the machine: code points, not locale. */

/** Code-point order, not locale order: the same on every machine. */
export function compareIds(a: string, b: string): number {
	if (a === b) return 0;
	return a < b ? -1 : 1;
}
