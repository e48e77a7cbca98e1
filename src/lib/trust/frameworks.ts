/**
 * Which mark a certification or framework badge carries. The marks are our own drawings
 * (src/components/trust/FrameworkMark.astro): no standards body's or auditor's logo is copied.
 */
import type { ViewEntry } from '../views/audience.ts';

export type MarkId = 'iso' | 'soc' | 'eu-ai-act' | 'nist' | 'generic';

export interface Mark {
	id: MarkId;
	/** The short code written on the mark: “42001”, “SOC 2”. */
	code: string;
}

/** The mark for a standard's name as the content writes it. */
export function markOf(standard: string): Mark {
	const iso = /\bISO(?:\/IEC)?\s*(\d{4,5})/i.exec(standard);
	if (iso) return { id: 'iso', code: iso[1]! };
	if (/\bSOC\s*([123])/i.test(standard))
		return { id: 'soc', code: `SOC ${/\bSOC\s*([123])/i.exec(standard)![1]}` };
	if (/AI Act/i.test(standard)) return { id: 'eu-ai-act', code: 'AI Act' };
	if (/NIST/i.test(standard)) return { id: 'nist', code: 'AI RMF' };
	return { id: 'generic', code: '' };
}

export interface FrameworkBadge {
	title: string;
	standard: string;
	mark: Mark;
	/** How many SoA lines this audience sees mapped to it. */
	lines: number;
}

/** The frameworks the Statement of Applicability maps its controls to, beyond ISO/IEC 42001 itself. */
export function mappedFrameworks(controls: readonly ViewEntry<'controls'>[]): FrameworkBadge[] {
	const count = (pick: (c: ViewEntry<'controls'>) => readonly string[]) =>
		controls.filter((c) => pick(c).length > 0).length;
	return [
		{
			title: 'EU AI Act',
			standard: 'Regulation (EU) 2024/1689',
			mark: markOf('EU AI Act'),
			lines: count((c) => c.data.mappings.euAiAct),
		},
		{
			title: 'NIST AI RMF',
			standard: 'NIST AI 100-1',
			mark: markOf('NIST AI RMF'),
			lines: count((c) => c.data.mappings.nistAiRmf),
		},
	].filter((f) => f.lines > 0);
}
