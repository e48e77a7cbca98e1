/**
 * Type test, checked by `npm run typecheck` (no runtime): the view types leave out what a
 * reader may not see. Each `@ts-expect-error` fails the type check if the read it marks
 * compiles, so the test fails when a restricted field becomes readable.
 */
import type { AudienceView, TrustAudience, ViewEntry } from '../../src/lib/views/audience.ts';

declare const trust: AudienceView<TrustAudience>;
declare const publicSite: AudienceView<'public'>;
declare const handbook: AudienceView<'internal'>;
declare const shared: ViewEntry<'systems'>;

const [system] = trust.entries.systems;
if (system) {
	// @ts-expect-error an internal-only field is not on a trust page's entry
	void system.data.riskLevel;
	// @ts-expect-error nor is the owner
	void system.data.owner;
	// @ts-expect-error nor a field nested in an object (model.designDecisions)
	void system.data.model.designDecisions;
	// Public fields are there, with their types.
	const title: string = system.data.title;
	void title;
}

const [control] = trust.entries.controls;
if (control) {
	// A private-only field may be read on a trust page, but it is absent on the public site.
	// @ts-expect-error so it is optional: it may be undefined
	const implementation: string = control.data.implementation;
	void implementation;
	// @ts-expect-error evidence is internal-only
	void control.data.evidence;
}

const [publicControl] = publicSite.entries.controls;
// @ts-expect-error the public site's type has no private-only field at all
void publicControl?.data.implementation;

const [phase] = trust.entries.roadmap;
// @ts-expect-error an internal-only field inside an array of objects (milestones[].owner)
void phase?.data.milestones[0]?.owner;

// The handbook reads everything, required where the schema requires it.
const [internalSystem] = handbook.entries.systems;
if (internalSystem) {
	const owner: string = internalSystem.data.owner;
	const risks: string[] = internalSystem.data.risks;
	void owner;
	void risks;
}

// Code every site shares sees restricted fields as optional.
const sharedOwner: string | undefined = shared.data.owner;
void sharedOwner;
// @ts-expect-error and must handle their absence
const sharedOwnerRequired: string = shared.data.owner;
void sharedOwnerRequired;
