/** Where a certification or attestation stands on its own track, for the progress indicator and the badges. */
import {
	CERTIFICATION_TRACKS,
	isHeld,
	type CertificationKind,
	type CertificationStatus,
} from '../schemas/certifications.ts';
import { CERTIFICATION_STATUS_LABELS } from './labels.ts';

export type { CertificationStatus } from '../schemas/certifications.ts';

/** The road to a certificate, in order. Kept for readers of the certification track alone. */
export const CERTIFICATION_PATH = CERTIFICATION_TRACKS.certification;

export interface ProgressStep {
	id: CertificationStatus;
	label: string;
	state: 'done' | 'current' | 'todo';
}

export interface Progress {
	steps: ProgressStep[];
	/** Steps reached, counting the current one: 5 of 5 once certified, 4 of 4 once attested. */
	reached: number;
	/** Set when the certificate or report has lapsed or been withdrawn: the track no longer applies. */
	ended?: 'expired' | 'withdrawn';
}

export function certificationProgress(
	status: CertificationStatus,
	kind: CertificationKind = 'certification',
): Progress {
	const track: readonly CertificationStatus[] = CERTIFICATION_TRACKS[kind];
	const stepState = (index: number, current: number): ProgressStep['state'] => {
		if (index === current) return 'current';
		return index < current ? 'done' : 'todo';
	};
	if (status === 'expired' || status === 'withdrawn') {
		return {
			steps: track.map((id) => ({ id, label: stepLabel(id, kind), state: 'todo' })),
			reached: 0,
			ended: status,
		};
	}
	const current = Math.max(0, track.indexOf(status === 'surveillance' ? 'certified' : status));
	const steps = track.map((id, index): ProgressStep => ({
		id,
		label: stepLabel(id, kind),
		state: stepState(index, current),
	}));
	return { steps, reached: current + 1 };
}

/** A step's name on its track: an attestation is “planned”, not “planned certification”. */
function stepLabel(id: CertificationStatus, kind: CertificationKind): string {
	return kind === 'attestation' && id === 'planned' ? 'Planned' : CERTIFICATION_STATUS_LABELS[id];
}

/** Whether the organisation holds a valid certificate or a current report now (as the content says). */
export { isHeld };

/** Whether work towards it has begun but nothing is held yet: a badge shows it as “in progress”. */
export function isInProgress(status: CertificationStatus): boolean {
	return !isHeld(status) && status !== 'planned' && status !== 'expired' && status !== 'withdrawn';
}
