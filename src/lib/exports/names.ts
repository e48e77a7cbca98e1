/** How exports name what entries point to: people by name, policies as auditors cite them. */
import type { AudienceView } from '../views/audience.ts';

/** A person's name from their identifier; the identifier when the view does not hold them. */
export function peopleNames(view: AudienceView): (id: string | undefined) => string {
	const names = new Map(view.entries.people.map((p) => [p.id, p.data.name]));
	return (id) => (id ? (names.get(id) ?? id) : '');
}

/** A policy as an auditor cites it, “AI Policy (POL-AI-001)”, from its identifier. */
export function policyCitation(view: AudienceView): (id: string) => string {
	const names = new Map(
		view.entries.policies.map((p) => [p.id, `${p.data.title} (${p.data.docId})`]),
	);
	return (id) => names.get(id) ?? id;
}
