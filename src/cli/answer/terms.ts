/**
 * How questions are reduced to terms, for the search index and for the confidence measure:
 * lower case, stop words out, acronyms spelt out, a light suffix stemmer so “encrypted”,
 * “encryption” and “encrypts” meet. Both sides go through the same function, so a change
 * here cannot make the index and the confidence disagree.
 */

const STOP_WORDS = new Set(
	'a about above after all also am an and any are as at many much be been being both but by can could describe detail details did do does doing done during each either explain for from further had has have having how i if in including into is it its itself may me more most must my no nor not of on or other our ours out over own please provide same shall should so some such than that the their them then there these they this those through to too under until up upon us very was we were what when where whether which while who whom why will with within would yes you your yours'.split(' '),
);

/**
 * Phrases questionnaires write both spelt out and as acronyms, reduced to one token so that
 * either spelling finds the other and counts once, not as two or three shared words.
 */
const PHRASES: [RegExp, string][] = [
	[/\bartificial intelligence\b/g, 'ai'],
	[/\bmachine learning\b/g, 'ml'],
	[/\blarge language models?\b|\bllms\b/g, 'llm'],
	[/\bgenerative ai\b|\bgen ai\b/g, 'genai'],
	[/\bsecond (?:authentication )?factor\b|\bone[- ]time (?:codes?|passwords?|passcodes?)\b|\b(?:hardware |physical )?security keys?\b|\bpasskeys?\b|\bfido2?\b|\bwebauthn\b/g, 'mfa'],
	[/\bwhile (?:moving|travell?ing|being sent)\b|\bon the wire\b|\bbetween (?:systems|services|components)\b/g, ' intransit '],
	[/\bwhile (?:stored|at rest|on disk)\b|\bon disk\b|\bin the database\b/g, ' atrest '],
	[/\bprivileged (?:access|accounts?)\b|\badmin(?:istrator|istrative)? (?:rights|access|privileges?|accounts?|permissions)\b|\broot (?:access|accounts?)\b|\bsuper ?users?\b|\belevated (?:access|privileges?|rights|permissions)\b|\bstanding (?:access|privileges?)\b|\bjust[- ]in[- ]time access\b/g, 'privileged'],
	[/\bknown weakness(?:es)?\b|\bsecurity (?:bugs?|flaws?|weakness(?:es)?|holes?|defects?)\b/g, 'vulnerability'],
	[/\bscreen[- ]readers?\b|\bassistive tech\w*\b|\ba11y\b|\bpeople with disabilit(?:y|ies)\b|\bdisabled (?:people|users)\b|\bdisabilit(?:y|ies)\b/g, 'accessibility'],
	[/\bmak(?:e|es|ing) (?:things|stuff|facts|answers) up\b|\bmade[- ]up\b|\binvent(?:s|ing|ed)? (?:facts|answers|things)\b/g, 'accuracy'],
	[/\bleavers?\b|\bdeparting (?:staff|employees|workers)\b|\bleav(?:es|ing) the (?:company|organi[sz]ation|firm|business)\b|\boff-?board(?:ing|ed)?\b/g, 'offboarding'],
	[/\bnew (?:hires?|joiners?|employees|staff)\b|\bbefore (?:they are |being )?(?:hired|employed|onboarded)\b|\bbefore (?:hire|hiring|employment|joining)\b|\bpre-?employment\b|\bcandidates\b|\bjob applicants\b/g, 'hiring'],
	[/\biso ?27k\b|\biso ?27001\b/g, 'iso27001'],
	[/\bturn(?:s|ed|ing)? (?:it |them |this )?off\b|\bswitch(?:es|ed|ing)? (?:it |them |this )?off\b|\bopt(?:s|ed|ing)?[- ]out\b|\bdisabl(?:e|ed|es|ing)\b|\bdeactivat(?:e|ed|es|ing)\b/g, 'disable'],
	[/\bon[- ]prem(?:ise|ises)?\b|\bself[- ]host(?:ed|ing)?\b|\bour own (?:servers|hardware|infrastructure|data cent(?:er|re)s?|cloud(?: account)?)\b|\bprivate cloud\b|\bair[- ]gapped\b/g, 'onprem'],
	[/\baround the clock\b|\b24 ?[x/] ?7\b|\bday and night\b|\b24 hours a day(?:,? 7 days a week)?\b|\bat all times\b/g, 'roundclock'],
	[/\b(?:kept|keeps?|held|holds?) (?:apart|separate|separately|isolated)\b/g, 'separate'],
	[/\bback(?:s|ed|ing)?[- ]?ups?\b/g, 'backup'],
	[/\bdue diligence\b/g, 'assess'],
	[/\blive (?:system|systems|environment|service|site)s?\b|\bprod\b/g, 'production'],
	[/\bnon-?production\b|\bstaging\b|\btest environments?\b|\bdev(?:elopment)? environments?\b|\bsandbox(?:es)?\b/g, 'nonproduction'],
	[/\b(?:log(?:ged|s)?|sign(?:ed|s)?) ?(?:out|off)\b|\btime[- ]?outs?\b|\btimed out\b|\binactivity\b|\bidle\b|\binactive\b/g, 'timeout'],
	[/\bin advance\b|\badvance notice\b|\bahead of time\b|\bbeforehand\b|\bprior notice\b/g, 'notification'],
	[/\bon (?:its|their) own\b|\bby itself\b|\bautonomously\b|\bwithout (?:any )?(?:a )?(?:human|person|people)(?: involvement| review| in the loop| oversight)?\b|\bsolely by (?:an? )?(?:algorithm|machine|ai|model)\b|\bfully automated\b/g, 'automated'],
	[/\b(?:goes|go|went|is|are) down\b|\bunavailable\b|\bfails?\b|\bfailed\b|\bfailures?\b/g, 'fail'],
	[/\bpeer[- ]review\w*\b|\bfour[- ]eyes\b|\bsecond (?:developer|engineer|reviewer|person|pair of eyes)\b|\bcode reviews?\b|\bpull requests? (?:are |is )?reviewed\b/g, 'peerreview'],
	// In a buyer's questionnaire “our data” is the customer's data, whatever the buyer calls it.
	[/\bour (?:claims? |company |organi[sz]ation'?s? |customers'? |users'? |patients'? |employees'? |business )?(?:data|information)\b(?! cent)/g, 'customer data'],
	[/\b(?:multi|two|2)[- ]?(?:factor|step)(?: authentication| verification| auth)?\b|\b2fa\b|\bmfa\b/g, 'mfa'],
	[/\bsingle sign[- ]?on\b|\bsaml(?: 2(?:\.0)?)?\b|\bopenid connect\b|\boidc\b|\bidentity federation\b|\bfederated (?:login|authentication|identity)\b/g, 'sso'],
	[/\bpersonally identifiable information\b|\bpersonal (?:data|information)\b|\bpersonal identifiable information\b/g, 'pii'],
	[/\bin (?:transit|transport|motion)\b|\bover the (?:network|wire)\b|\bduring transmission\b/g, 'intransit'],
	[/\bat rest\b|\bin storage\b|\bstored data\b/g, 'atrest'],
	[/\btransport layer security\b|\bssl\/tls\b|\bhttps\b/g, 'tls'],
	[/\bsub-?processors?\b|\bfourth[- ]part(?:y|ies)\b/g, 'subprocessor'],
	[/\bidentity providers?\b|\bidp\b/g, 'sso'],
	[/\bthird[- ]part(?:y|ies)\b|\bvendors?\b|\bsuppliers?\b|\b(?:service )?providers?\b|\bexternal (?:compan(?:y|ies)|services?)\b/g, 'supplier'],
	[/\bsigned[- ]off\b|\bsign[- ]off\b|\bendorsed\b|\bratified\b|\bapproved\b|\bapproval\b/g, 'approve'],
	[/\bsenior (?:management|leadership)\b|\bexecutive (?:team|management|leadership)\b|\bleadership\b|\bboard of directors\b|\btop management\b|\bexecutives\b/g, 'management'],
	[/\bdata cent(?:er|re)s?\b|\bcloud (?:hosting|provider|infrastructure)s?\b|\biaas\b|\bpaas\b/g, 'host'],
	[/\blog(?:s|ged|ging)? ?(?:in|on)(?:to)?\b|\bsign(?:s|ed|ing)? ?(?:in|on)(?:to)?\b/g, 'login'],
	[/\bevery year\b|\bonce a year\b|\bper year\b|\byearly\b|\bannually\b/g, 'annual'],
	[/\bcarry out\b|\bcarried out\b|\bundergo(?:es)?\b|\bundertake[sn]?\b/g, 'perform'],
	[/\binformation security\b|\binfosec\b|\bcyber ?security\b|\bisms\b/g, 'infosec'],
	[/\bdata breach(?:es)?\b|\bsecurity breach(?:es)?\b/g, 'breach'],
	[/\bsecurity incidents?\b/g, 'incident'],
	[/\bdata (?:protection|privacy) officer\b|\bdpo\b/g, 'dpo'],
	[/\bgeneral data protection regulation\b/g, 'gdpr'],
	[/\bstatement of applicability\b|\bsoa\b/g, 'soa'],
	[/\bvulnerability (?:scanning|scans|assessments?)\b/g, 'vulnscan'],
	[/\brecovery time objective\b|\brto\b/g, 'rto'],
	[/\brecovery point objective\b|\brpo\b/g, 'rpo'],
	[/\bsource code\b/g, 'code'],
	[/\bopen ?ai\b|\bchatgpt\b|\bgpt-?\d?\b/g, 'llm'],
	[/\bfoundation models?\b|\blanguage models?\b/g, 'llm'],
	[/\bdata processing agreements?\b|\bdpas\b/g, 'dpa'],
	[/\bdata protection impact assessments?\b|\bdpias\b/g, 'dpia'],
	[/\bbusiness continuity(?: plan(?:s|ning)?| management)?\b|\bbcp\b|\bbcm\b/g, 'bcp'],
	[/\bdisaster recovery(?: plan(?:s|ning)?)?\b|\bdrp?\b/g, 'dr'],
	[/\bsecure (?:software )?development life ?cycle\b|\bsoftware development life ?cycle\b|\bs-?sdlc\b|\bsdl\b/g, 'sdlc'],
	[/\bpen(?:etration)?[- ]?tests?(?:ing|ed|s)?\b|\bpentests\b|\bethical hack(?:ing|ers?)\b|\bred[- ]team(?:ing|ed|s)?\b/g, 'pentest'],
	[/\brole[- ]based access control\b/g, 'rbac'],
	[/\bsecurity information and event management\b/g, 'siem'],
	[/\bsoc ?2\b/g, 'soc2'],
	[/\biso(?:\/iec)? ?(\d{5})\b/g, 'iso$1'],
	[/\beu ai act\b|\bai act\b/g, 'aiact'],
];

/**
 * Single words the field writes in several ways, mapped to one before stemming: the
 * knowledge base says “staff”, the buyer “personnel”; it says “supplier”, the buyer “vendor”.
 */
const SYNONYMS: Record<string, string> = {
	generative: 'llm', bot: 'llm', bots: 'llm', assistant: 'llm', assistants: 'llm',
	fairly: 'fairness', unfair: 'fairness', unfairly: 'fairness', equitable: 'fairness', equitably: 'fairness',
	vet: 'assess', vets: 'assess', vetted: 'assess', vetting: 'assess', evaluate: 'assess', evaluated: 'assess', evaluation: 'assess', reassess: 'assess', reassessed: 'assess',
	fed: 'train', feed: 'train', feeding: 'train', learn: 'train', learns: 'train', learned: 'train', learnt: 'train',
	apart: 'separate', separated: 'separate', separation: 'separate', segregated: 'separate', segregation: 'separate', segregate: 'separate', segmented: 'separate', segmentation: 'separate',
	weakness: 'vulnerability', weaknesses: 'vulnerability', flaw: 'vulnerability', flaws: 'vulnerability', exploit: 'vulnerability', exploits: 'vulnerability',
	watch: 'monitor', watching: 'monitor', watches: 'monitor', watched: 'monitor', monitored: 'monitor', monitoring: 'monitor', monitors: 'monitor', soc: 'monitor',
	hear: 'notification', alerted: 'notification', warn: 'notification', warned: 'notification',
	restore: 'recover', restored: 'recover', restoring: 'recover', restoration: 'recover', recovery: 'recover', recovered: 'recover', failover: 'dr', failovers: 'dr',
	administrator: 'admin', administrators: 'admin', admins: 'admin', administrative: 'admin',
	screened: 'screen', screening: 'screen',
	usable: 'accessibility', usability: 'accessibility', accessible: 'accessibility', wcag: 'accessibility',
	outages: 'availability', downtime: 'availability',
	keep: 'retain', keeps: 'retain',
	uploaded: 'upload', uploads: 'upload', uploading: 'upload', submit: 'upload', submitted: 'upload',
	job: 'role', jobs: 'role', roles: 'role',
	limit: 'restrict', limits: 'restrict', limited: 'restrict', limiting: 'restrict', restricted: 'restrict', restricts: 'restrict', restriction: 'restrict', restrictions: 'restrict',
	viewed: 'access', views: 'access', edited: 'change', edit: 'change', edits: 'change', modified: 'change', modify: 'change', modification: 'change', modifications: 'change', altered: 'change', changed: 'change',
	notice: 'notification', notices: 'notification',
	reject: 'decline', rejects: 'decline', rejected: 'decline', declines: 'decline', declined: 'decline', refuse: 'decline',
	stop: 'prevent', stops: 'prevent', stopping: 'prevent', prevents: 'prevent', preventing: 'prevent', prevention: 'prevent',
	main: 'primary', principal: 'primary',
	developer: 'engineer', developers: 'engineer', engineers: 'engineer', programmers: 'engineer',
	engage: 'add', engaging: 'add', engaged: 'add', adding: 'add', added: 'add', adds: 'add',
	ship: 'deploy', ships: 'deploy', shipped: 'deploy', shipping: 'deploy',
	multifactor: 'mfa', totp: 'mfa', authenticator: 'mfa', yubikey: 'mfa',
	transport: 'intransit', transit: 'intransit', transmission: 'intransit', transmitted: 'intransit',
	ssl: 'tls',
	employee: 'staff', employees: 'staff', personnel: 'staff', workforce: 'staff', workers: 'staff', contractors: 'staff',
	client: 'customer', clients: 'customer', tenant: 'customer', tenants: 'customer', customers: 'customer',
	organization: 'organisation', organizations: 'organisation', company: 'organisation', firm: 'organisation', business: 'organisation',
	retention: 'retain', retained: 'retain', retaining: 'retain',
	deletion: 'delete', erasure: 'delete', erase: 'delete', purge: 'delete', destroyed: 'delete', destruction: 'delete', disposal: 'delete',
	storage: 'store', stored: 'store', stores: 'store', storing: 'store', hosted: 'host', hosting: 'host', hosts: 'host', reside: 'store', resides: 'store', residency: 'store', located: 'location', locations: 'location', region: 'location', regions: 'location', country: 'location', countries: 'location', geographic: 'location',
	vulnerabilities: 'vulnerability', vuln: 'vulnerability', vulns: 'vulnerability', cve: 'vulnerability', cves: 'vulnerability', patch: 'vulnerability', patching: 'vulnerability', patches: 'vulnerability',
	logs: 'log', logging: 'log', logged: 'log', 
	backups: 'backup', backed: 'backup',
	certificate: 'certify', certificates: 'certify', certification: 'certify', certifications: 'certify', certified: 'certify', accredited: 'certify', attestation: 'certify', attestations: 'certify',
	genai: 'llm', chatbot: 'llm', chatbots: 'llm', copilot: 'llm',
	ml: 'ai', model: 'ai', models: 'ai',
	training: 'train', trained: 'train', fine: 'train', tune: 'train', tuning: 'train', tuned: 'train', finetune: 'train', 
	encrypted: 'encrypt', encryption: 'encrypt', encrypts: 'encrypt', encrypting: 'encrypt', cryptography: 'encrypt', cryptographic: 'encrypt', aes: 'encrypt',
	authenticate: 'authentication', login: 'authentication', logon: 'authentication', signin: 'authentication',
	permissions: 'access', entitlements: 'access', authorization: 'access', authorisation: 'access',
	notify: 'notification', notified: 'notification', notifying: 'notification', inform: 'notification', informed: 'notification',
	uptime: 'availability', sla: 'availability', outage: 'availability',
	contract: 'agreement', contracts: 'agreement', contractual: 'agreement', agreements: 'agreement', clauses: 'agreement',
	accountable: 'accountable', accountability: 'accountable', responsible: 'accountable', responsibility: 'accountable', responsibilities: 'accountable', owns: 'accountable', ownership: 'accountable',
	hallucinating: 'accuracy', hallucinate: 'accuracy', fabricated: 'accuracy', fabricate: 'accuracy', fabrication: 'accuracy', confabulation: 'accuracy',
	register: 'inventory', registry: 'inventory', catalogue: 'inventory', catalog: 'inventory',
	reduce: 'mitigate', reduces: 'mitigate', reducing: 'mitigate', minimise: 'mitigate', minimize: 'mitigate', mitigation: 'mitigate', mitigating: 'mitigate', address: 'mitigate', tackle: 'mitigate', remediate: 'mitigate', remediation: 'mitigate',
	detect: 'identify', detection: 'identify', detecting: 'identify', identification: 'identify', discover: 'identify', spot: 'identify',
	mandatory: 'require', required: 'require', requires: 'require', compulsory: 'require', obligatory: 'require', enforce: 'require', enforced: 'require', enforces: 'require', enforcing: 'require',
	quickly: 'timeline', quick: 'timeline', promptly: 'timeline', fast: 'timeline', timeframe: 'timeline', timeframes: 'timeline', timelines: 'timeline', deadline: 'timeline', soon: 'timeline',
	know: 'disclose', tell: 'disclose', told: 'disclose', disclosure: 'disclose', disclosed: 'disclose', aware: 'disclose', label: 'disclose', labelled: 'disclose', labeled: 'disclose', marked: 'disclose',
	talking: 'interact', talk: 'interact', interacting: 'interact', interaction: 'interact', chatting: 'interact', conversing: 'interact',
	kept: 'retain', used: 'use', uses: 'use', using: 'use', usage: 'use', utilise: 'use', utilize: 'use', utilised: 'use', utilized: 'use', leverage: 'use',
	termination: 'end', terminate: 'end', terminated: 'end', ends: 'end', ended: 'end', expiry: 'end', expiration: 'end', offboarding: 'end', exit: 'end', cancellation: 'end',
	returned: 'return', returning: 'return', export: 'return', exported: 'return', portability: 'return',
	recent: 'latest', last: 'latest', newest: 'latest', current: 'latest',
	share: 'provide', send: 'provide', supply: 'provide', furnish: 'provide',
	bias: 'fairness', biased: 'fairness', discrimination: 'fairness', discriminatory: 'fairness', fair: 'fairness',
	explainable: 'explainability', explanation: 'explainability', explanations: 'explainability', interpretability: 'explainability', transparent: 'transparency',
	human: 'oversight', humans: 'oversight', override: 'oversight', loop: 'oversight',
	hallucination: 'accuracy', hallucinations: 'accuracy', accurate: 'accuracy', inaccurate: 'accuracy',
};

/**
 * Words every questionnaire uses and no answer is about (“Do you have a documented process in
 * place to ensure…”): they still count, at a small fixed weight, so they neither make two
 * questions look alike nor push a paraphrase below the threshold.
 */
export const FILLER = new Set(
	'industry high higher highest level levels least such like leading best strong robust appropriate adequate get gets receive receives complete completes attend attends rely relie depend frequent frequency often integration integrate ensure ensur documented document process procedure practice place currently use using utiliz utilis employ support offer perform conduct maintain maintained establish established formal formally appropriate applicable relevant regular regularly periodic periodically available availab able allow enable provid exist implement implemented specific standard approach measure measures mechanism mechanisms method methods way ways program programme plan plans organisation data system service services solution product products information user users account accounts see seen look looks looked get got take takes taken run runs go goes going put need needs needed part parts thing things make makes making made help helps come comes give gives happen happens full one every outside handle handles handled handling check checks checked kind kinds type types sort case cases step steps done actually really sure able exactly particular whole want wants'
		.split(' ')
		.map((w) => stem(w)),
);

/** A light English stemmer: enough to join inflections, not a linguist. */
export function stem(word: string): string {
	let w = word;
	if (w.length <= 3) return w;
	// certified, certifies, certification → certify
	const ify = w.match(/^(.{3,})(?:ification|ified|ifies|ifying)$/);
	if (ify) return `${ify[1]}ify`;
	// compliant, compliance → comply; reliant, reliance → rely
	const iant = w.match(/^(.{3,})i(?:ant|ance|ances)$/);
	if (iant) return `${iant[1]}y`;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
	for (const suffix of ['ations', 'ation', 'ions', 'ion', 'ments', 'ment', 'ing', 'ed', 'ly', 'er', 'e']) {
		// “comply” and “apply” are not adverbs: -ly needs a longer stem.
		const shortest = suffix === 'ly' ? 5 : 4;
		if (w.endsWith(suffix) && w.length - suffix.length >= shortest) return w.slice(0, -suffix.length);
	}
	return w;
}

/** Words of a text, lower case, known phrases reduced to one token. */
export function words(text: string): string[] {
	let lower = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	// Letters spelt out one by one (“D-U-N-S”, “A.I.”) are one word, not four dropped letters.
	lower = lower.replace(/\b[a-z](?:[-.][a-z]\b)+\.?/g, (m) => m.replace(/[-.]/g, ''));
	for (const [phrase, token] of PHRASES) lower = lower.replace(phrase, token);
	return (lower.match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []).flatMap((w) => w.replace(/'s$/, '').split(/[-']/)).map((w) => SYNONYMS[w] ?? w);
}

/** One word as an index term, or null for a stop word. */
export function term(word: string): string | null {
	const w = word.toLowerCase();
	// Bare numbers (“TLS 1.2”, “AES-256”, “72 hours”) are left to the words around them.
	return STOP_WORDS.has(w) || w.length < 2 || /^\d+$/.test(w) ? null : stem(w);
}

/** The distinct content terms of a text. */
export function termSet(text: string): Set<string> {
	return new Set(words(text).map(term).filter((t): t is string => t !== null));
}
