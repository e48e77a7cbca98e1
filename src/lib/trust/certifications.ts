/** Where a certification stands on the road to a certificate, for the progress indicator. */
import { CERTIFICATION_STATUSES, isHeld } from '../schemas/certifications.ts';
import { CERTIFICATION_STATUS_LABELS } from './labels.ts';

export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/** The road to a certificate, in order. Surveillance keeps a certificate on the last step. */
export const CERTIFICATION_PATH = ['planned', 'gap-analysis', 'stage-1', 'stage-2', 'certified'] as const satisfies readonly CertificationStatus[];

export interface ProgressStep {
	id: (typeof CERTIFICATION_PATH)[number];
	label: string;
	state: 'done' | 'current' | 'todo';
}

export interface Progress {
	steps: ProgressStep[];
	/** Steps reached, counting the current one: 5 of 5 once certified. */
	reached: number;
	/** Set when the certificate has lapsed or been withdrawn: the path no longer applies. */
	ended?: 'expired' | 'withdrawn';
}

export function certificationProgress(status: CertificationStatus): Progress {
	if (status === 'expired' || status === 'withdrawn') {
		return { steps: CERTIFICATION_PATH.map((id) => ({ id, label: CERTIFICATION_STATUS_LABELS[id], state: 'todo' })), reached: 0, ended: status };
	}
	const current = CERTIFICATION_PATH.indexOf(status === 'surveillance' ? 'certified' : status);
	const steps = CERTIFICATION_PATH.map((id, index): ProgressStep => ({
		id,
		label: CERTIFICATION_STATUS_LABELS[id],
		state: index < current ? 'done' : index === current ? 'current' : 'todo',
	}));
	return { steps, reached: current + 1 };
}

/** Whether the organisation holds a valid certificate now (as the content says). */
export { isHeld };
