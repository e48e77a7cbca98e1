/**
 * CycloneDX 1.6 ML-BOM: one `machine-learning-model` component per AI system in the view, with
 * its model card, and one `data` component per dataset. The view decides what is in it: the
 * public trust center's BOM holds public systems only, without internal-only fields.
 *
 * Why @cyclonedx/cyclonedx-library rather than hand-written JSON: its models and
 * spec-aware normaliser produce the envelope ($schema, bomFormat, metadata, components,
 * dependencies) exactly as the 1.6 spec spells it, with sorted lists for reproducible output,
 * and it moves with the spec. Version 10 has no model for `modelCard` or component `data`, so
 * those two are attached to the normalised components by bom-ref, shaped by the 1.6 schema
 * (tests validate the whole BOM against the official schema).
 */
import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import type { AudienceView, ViewData, ViewEntry } from '../views/audience.ts';
import { metricProperties, PROPERTY_NAMESPACE } from './cyclonedx-properties.ts';
import { systemPurl } from './purl.ts';
import { contentDate, dateTime } from './stamp.ts';
import { revisionUuid } from './uuid.ts';

export const CYCLONEDX_VERSION = '1.6';

type Json = Record<string, unknown>;

const systemRef = (id: string) => `system:${id}`;
const datasetRef = (id: string) => `dataset:${id}`;

/** The BOM as a plain object, ready for `JSON.stringify`. */
export function mlBom(view: AudienceView): Json {
	const org = view.organization.data;
	const systems = view.entries.systems;
	const datasets = view.entries.datasets;
	const known = new Set(datasets.map((d) => d.id));

	const bom = new Models.Bom({
		metadata: new Models.Metadata({
			timestamp: new Date(dateTime(contentDate(view))),
			supplier: new Models.OrganizationalEntity({ name: org.legalName ?? org.name }),
			component: new Models.Component(
				Enums.ComponentType.Application,
				`${org.name} AI system inventory`,
				{ bomRef: 'aims' },
			),
		}),
	});
	const components = new Map<string, Models.Component>();
	for (const system of systems) {
		const component = systemComponent(system, org);
		components.set(system.id, component);
		bom.components.add(component);
	}
	const datasetComponents = new Map(datasets.map((d) => [d.id, datasetComponent(d)]));
	for (const component of datasetComponents.values()) bom.components.add(component);
	// A system depends on the datasets it is trained, tuned or evaluated on (internal field).
	for (const system of systems) {
		for (const id of system.data.datasets ?? []) {
			const dataset = datasetComponents.get(id);
			if (dataset) components.get(system.id)!.dependencies.add(dataset.bomRef);
		}
	}

	const factory = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6);
	const normalized = factory.makeForBom().normalize(bom, { sortLists: true }) as unknown as Json & {
		components: Json[];
	};
	const risks = view.entries.risks;
	for (const component of normalized.components) {
		const ref = String(component['bom-ref']);
		const system = systems.find((s) => systemRef(s.id) === ref);
		if (system) {
			component.manufacturer = { name: manufacturerOf(system.data, org) };
			component.modelCard = modelCard(system.data, system.id, risks, known);
		}
		const dataset = datasets.find((d) => datasetRef(d.id) === ref);
		if (dataset) component.data = [componentData(dataset.data)];
	}
	// Derived, not random: a new serial number when the BOM's content changes, the same one
	// when a rebuild changes nothing. The key keeps its place in the normalised object.
	normalized.serialNumber = `urn:uuid:${revisionUuid('bom', { ...normalized, serialNumber: undefined })}`;
	return normalized;
}

function property(name: string, value: string) {
	return new Models.Property(`${PROPERTY_NAMESPACE}:${name}`, value);
}

const organizationName = (org: ViewData<'organization'>) => org.legalName ?? org.name;

/** Who supplies the system: the vendor, or the organisation itself when it is built in-house. */
function supplierOf(
	s: ViewData<'systems'>,
	org: ViewData<'organization'>,
): Models.OrganizationalEntity {
	if (s.supplier.vendor && s.supplier.type !== 'in-house')
		return new Models.OrganizationalEntity({ name: s.supplier.vendor });
	return new Models.OrganizationalEntity({
		name: organizationName(org),
		url: new Set([org.trustCenterUrl]),
	});
}

/** Who made the model: as written, else the vendor, else the organisation. */
function manufacturerOf(s: ViewData<'systems'>, org: ViewData<'organization'>): string {
	return (
		s.supplier.manufacturer ??
		(s.supplier.type === 'in-house'
			? organizationName(org)
			: (s.supplier.vendor ?? organizationName(org)))
	);
}

function systemComponent(
	system: ViewEntry<'systems'>,
	org: ViewData<'organization'>,
): Models.Component {
	const s = system.data;
	const component = new Models.Component(Enums.ComponentType.MachineLearningModel, s.title, {
		bomRef: systemRef(system.id),
		description: s.purpose,
		supplier: supplierOf(s, org),
		...(s.model.version && { version: s.model.version }),
		purl: systemPurl(system.id, s, organizationName(org)),
	});
	component.properties.add(property('supplier-type', s.supplier.type));
	if (s.supplier.product)
		component.properties.add(property('supplier-product', s.supplier.product));
	component.properties.add(property('lifecycle-stage', s.stage));
	component.properties.add(property('use-case-decision', s.useCase.decision));
	component.properties.add(property('eu-ai-act:tier', s.euAiAct.tier));
	if (s.euAiAct.annexIIIPoint)
		component.properties.add(property('eu-ai-act:annex-iii-point', s.euAiAct.annexIIIPoint));
	component.properties.add(property('eu-ai-act:role', s.euAiAct.role));
	component.properties.add(property('eu-ai-act:gpai', s.euAiAct.gpai));
	for (const t of s.euAiAct.transparency)
		component.properties.add(property('eu-ai-act:transparency', t));
	component.properties.add(property('oversight', s.oversight.mode));
	for (const control of s.controls) component.properties.add(property('iso42001:control', control));
	if (s.riskLevel) component.properties.add(property('risk-level', s.riskLevel));
	// A model card metric has no threshold or date field; they are kept beside it, named after the metric.
	for (const [name, value] of metricProperties(s.model.metrics))
		component.properties.add(new Models.Property(name, value));
	return component;
}

function datasetComponent(dataset: ViewEntry<'datasets'>): Models.Component {
	const d = dataset.data;
	const component = new Models.Component(Enums.ComponentType.Data, d.title, {
		bomRef: datasetRef(dataset.id),
		description: d.description,
	});
	component.properties.add(property('provenance:origin', d.provenance.origin));
	component.properties.add(property('provenance:source', d.provenance.source));
	component.properties.add(property('licence', d.licence));
	component.properties.add(property('retention', d.retention));
	return component;
}

/** An object without its undefined and empty-list members, or undefined when nothing is left: the model card says only what the content knows. */
function compact(value: Json): Json | undefined {
	const kept = Object.entries(value).filter(
		([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
	);
	return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** Model card from the inventory entry; risks of the system, where the view shows them, become its ethical considerations. */
function modelCard(
	s: ViewData<'systems'>,
	id: string,
	risks: readonly ViewEntry<'risks'>[],
	datasets: ReadonlySet<string>,
): Json {
	const own = risks.filter((r) => r.data.systems.includes(id));
	const fairness = own.filter((r) => r.data.category === 'bias-fairness');
	const users = [...new Set(s.oversight.reviewPoints.map((p) => p.role))];
	const linked = (s.datasets ?? []).filter((d) => datasets.has(d));
	const modelParameters = compact({
		approach: s.model.approach && { type: s.model.approach },
		task: s.model.task,
		architectureFamily: s.model.architectureFamily,
		modelArchitecture: s.model.modelArchitecture,
		datasets: linked.map((d) => ({ ref: datasetRef(d) })),
	});
	const quantitativeAnalysis = compact({
		performanceMetrics: s.model.metrics.map((m) => ({ type: m.name, value: m.value })),
	});
	const considerations = compact({
		users,
		useCases: [s.intendedUse],
		technicalLimitations: s.model.limitations,
		ethicalConsiderations: own.map((r) => ({
			name: r.data.title,
			mitigationStrategy: r.data.treatmentPlan,
		})),
		fairnessAssessments: s.affected.groups.map((group) => ({
			groupAtRisk: group,
			...(fairness.length > 0 && {
				harms: fairness.map((r) => r.data.title).join('; '),
				mitigationStrategy: fairness.map((r) => r.data.treatmentPlan).join(' '),
			}),
		})),
	});
	return compact({ modelParameters, quantitativeAnalysis, considerations }) ?? {};
}

function componentData(d: ViewData<'datasets'>): Json {
	return {
		type: 'dataset',
		name: d.title,
		classification: d.personalData.contains ? 'personal-data' : 'no-personal-data',
		...(d.personalData.categories.length > 0 && { sensitiveData: d.personalData.categories }),
	};
}

/** The BOM as the bytes the endpoint serves. */
export function mlBomJson(view: AudienceView): string {
	return `${JSON.stringify(mlBom(view), null, 2)}\n`;
}
