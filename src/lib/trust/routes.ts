/**
 * Where each page of the trust center lives: the only place its paths are spelt. `TRUST_PATHS`
 * gives a page's path within the site (the page registry, the sitemap, absolute URLs); each
 * `…Href()` is the same page as a link, under the site's base (`withBase`). Routes both kinds
 * of site have (home, exports, search) are in src/lib/routes.ts.
 */
import type { UPDATE_CATEGORIES } from '../schemas/updates.ts';
import { withBase } from '../routes.ts';
import { requirementAnchor } from './controls.ts';

type Category = (typeof UPDATE_CATEGORIES)[number];

/** The security page's section on reporting a vulnerability. */
export const DISCLOSURE_ANCHOR = 'disclosure';
/** A group of Annex A controls on the controls page (`A.5` → `group-a-5`). */
export const controlGroupAnchor = (id: string) => `group-${id.toLowerCase().replaceAll('.', '-')}`;
/** The updates page's section on subscribing. */
export const SUBSCRIBE_ANCHOR = 'subscribe';

/** Site paths of the trust center's pages and files. */
export const TRUST_PATHS = {
	security: () => '/security/',
	disclosure: () => `/security/#${DISCLOSURE_ANCHOR}`,
	disclosurePolicy: () => '/security/disclosure-policy/',
	securityTxt: () => '/.well-known/security.txt',
	certifications: () => '/certifications/',
	certification: (id: string) => `/certifications/#${id}`,
	controls: () => '/controls/',
	controlGroup: (id: string) => `/controls/#${controlGroupAnchor(id)}`,
	controlsWithStatus: (status: string) => `/controls/status/${status}/`,
	/** A requirement's row in the controls table (the trust center has no page per SoA line). */
	requirement: (requirement: string) => `/controls/#${requirementAnchor(requirement)}`,
	ai: () => '/ai/',
	systems: () => '/ai-systems/',
	system: (id: string) => `/ai-systems/${id}/`,
	answers: () => '/answers/',
	documents: () => '/documents/',
	document: (file: string) => `/documents/${file}`,
	subprocessors: () => '/subprocessors/',
	subprocessor: (id: string) => `/subprocessors/#${id}`,
	policies: () => '/policies/',
	policy: (id: string) => `/policies/${id}/`,
	/** All updates, or one category's. */
	updates: (category?: Category) => (category ? `/updates/category/${category}/` : '/updates/'),
	update: (id: string) => `/updates/${id}/`,
	subscribe: () => `/updates/#${SUBSCRIBE_ANCHOR}`,
	/** The RSS feed of all updates, or of one category. */
	rssFeed: (category?: Category) => `${TRUST_PATHS.updates(category)}rss.xml`,
	/** The JSON Feed of all updates, or of one category. */
	jsonFeed: (category?: Category) => `${TRUST_PATHS.updates(category)}feed.json`,
	requestAccess: () => '/request-access/',
	trustJson: () => '/trust.json',
	trustSchema: () => '/trust.schema.json',
	sitemap: () => '/sitemap.xml',
};

export const securityHref = () => withBase(TRUST_PATHS.security());
/** The security page's section on reporting a vulnerability. */
export const disclosureHref = () => withBase(TRUST_PATHS.disclosure());
/** The vulnerability disclosure policy's own page. */
export const disclosurePolicyHref = () => withBase(TRUST_PATHS.disclosurePolicy());
export const securityTxtHref = () => withBase(TRUST_PATHS.securityTxt());
export const certificationsHref = () => withBase(TRUST_PATHS.certifications());
/** A certification's card on the certifications page. */
export const certificationHref = (id: string) => withBase(TRUST_PATHS.certification(id));
export const controlsHref = () => withBase(TRUST_PATHS.controls());
/** A group of Annex A controls on the controls page. */
export const controlGroupHref = (id: string) => withBase(TRUST_PATHS.controlGroup(id));
/** The controls page filtered to one status. */
export const controlsWithStatusHref = (status: string) =>
	withBase(TRUST_PATHS.controlsWithStatus(status));
/** A requirement's row in the controls table. */
export const requirementHref = (requirement: string) =>
	withBase(TRUST_PATHS.requirement(requirement));
export const aiHref = () => withBase(TRUST_PATHS.ai());
export const systemsHref = () => withBase(TRUST_PATHS.systems());
export const systemHref = (id: string) => withBase(TRUST_PATHS.system(id));
export const answersHref = () => withBase(TRUST_PATHS.answers());
export const documentsHref = () => withBase(TRUST_PATHS.documents());
/** A published document's file, by its file name. */
export const documentHref = (file: string) => withBase(TRUST_PATHS.document(file));
export const subprocessorsHref = () => withBase(TRUST_PATHS.subprocessors());
/** A subprocessor's row on the subprocessors page. */
export const subprocessorHref = (id: string) => withBase(TRUST_PATHS.subprocessor(id));
export const policiesHref = () => withBase(TRUST_PATHS.policies());
export const policyHref = (id: string) => withBase(TRUST_PATHS.policy(id));
/** All updates, or one category's. */
export const updatesHref = (category?: Category) => withBase(TRUST_PATHS.updates(category));
export const updateHref = (id: string) => withBase(TRUST_PATHS.update(id));
/** The updates page's section on subscribing. */
export const subscribeHref = () => withBase(TRUST_PATHS.subscribe());
export const rssFeedHref = (category?: Category) => withBase(TRUST_PATHS.rssFeed(category));
export const jsonFeedHref = (category?: Category) => withBase(TRUST_PATHS.jsonFeed(category));
/**
 * Where “Request access” leads: on the public site, the page explaining the NDA tier and how
 * to get it; on the private site the same address says that every NDA document is already a
 * download there, and how to ask for anything else.
 */
export const requestAccessPageHref = () => withBase(TRUST_PATHS.requestAccess());
export const trustJsonHref = () => withBase(TRUST_PATHS.trustJson());
export const trustSchemaHref = () => withBase(TRUST_PATHS.trustSchema());
