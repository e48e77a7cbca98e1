/** The trust center's sections, in navigation order, and which one a path belongs to. */
export const SECTIONS = [
	{ href: '/', label: 'Overview' },
	{ href: '/security/', label: 'Security' },
	{ href: '/certifications/', label: 'Certifications' },
	{ href: '/controls/', label: 'Controls' },
	{ href: '/ai/', label: 'AI governance' },
	{ href: '/ai-systems/', label: 'AI systems' },
	{ href: '/answers/', label: 'Answers' },
	{ href: '/documents/', label: 'Documents' },
	{ href: '/subprocessors/', label: 'Subprocessors' },
	{ href: '/policies/', label: 'Policies' },
	{ href: '/updates/', label: 'Updates' },
] as const;

export const isCurrent = (href: string, path: string): boolean =>
	href === '/' ? path === '/' : path.startsWith(href);
