/** The trust center's sections, in navigation order, and which one a path belongs to. */
import { homeHref } from '../routes.ts';
import {
	aiHref,
	answersHref,
	certificationsHref,
	controlsHref,
	documentsHref,
	policiesHref,
	securityHref,
	subprocessorsHref,
	systemsHref,
	updatesHref,
} from './routes.ts';

export const SECTIONS = [
	{ href: homeHref(), label: 'Overview' },
	{ href: securityHref(), label: 'Security' },
	{ href: certificationsHref(), label: 'Certifications' },
	{ href: controlsHref(), label: 'Controls' },
	{ href: aiHref(), label: 'AI governance' },
	{ href: systemsHref(), label: 'AI systems' },
	{ href: answersHref(), label: 'Answers' },
	{ href: documentsHref(), label: 'Documents' },
	{ href: subprocessorsHref(), label: 'Subprocessors' },
	{ href: policiesHref(), label: 'Policies' },
	{ href: updatesHref(), label: 'Updates' },
] as const;

/** Whether the page at `path` (a pathname, under the site's base) sits in the section `href`. */
export const isCurrent = (href: string, path: string): boolean =>
	href === homeHref() ? path === href : path.startsWith(href);
