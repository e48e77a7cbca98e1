/**
 * Names of the properties the ML-BOM adds, following the CycloneDX property taxonomy
 * conventions (https://github.com/CycloneDX/cyclonedx-property-taxonomy): a namespace prefix
 * owned by the producer (`cdx:` is CycloneDX's own and not ours to use), then colon-separated,
 * lower-case kebab-case segments. Ours is `aims:`; docs/exports.md lists every name.
 */
import type { System } from '../schemas/systems.ts';
import { purlSegment } from './purl.ts';

export const PROPERTY_NAMESPACE = 'aims';

/** `Macro F1 (hold-out set)` → `macro-f1-hold-out-set`: the metric's segment in a property name. */
export const metricKey = purlSegment;

/**
 * Acceptance threshold and measurement date of each metric, which a CycloneDX performance
 * metric has no field for: `aims:metric:<metric>:threshold` and `aims:metric:<metric>:measured-on`,
 * where `<metric>` is the metric's name in kebab case (its `type` in the model card).
 */
export function metricProperties(metrics: System['model']['metrics']): [string, string][] {
	return metrics.flatMap((m) => [
		...(m.threshold
			? [
					[`${PROPERTY_NAMESPACE}:metric:${metricKey(m.name)}:threshold`, m.threshold] as [
						string,
						string,
					],
				]
			: []),
		...(m.measuredOn
			? [
					[`${PROPERTY_NAMESPACE}:metric:${metricKey(m.name)}:measured-on`, m.measuredOn] as [
						string,
						string,
					],
				]
			: []),
	]);
}
