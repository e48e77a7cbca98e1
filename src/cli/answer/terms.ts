/**
 * How questions are reduced to terms, for the search index and for the confidence measure:
 * lower case, stop words out, acronyms spelt out, a light suffix stemmer so “encrypted”,
 * “encryption” and “encrypts” meet. Both sides go through the same function, so a change
 * here cannot make the index and the confidence disagree.
 */

const STOP_WORDS = new Set(
	'a about above after all also am an and any are as at many much be been being both but by can could confirm describe detail details did do does doing done during each either explain for from further had has have having how i if in including indicate into is it its itself kindly may me more most must my no nor not of on or other our ours out over own please provide same shall should so some specify such than that the their them then there these they this those through to too under until up upon us very via was we were what when where whether which while who whom whose why will with within would yes you your yours'.split(
		' ',
	),
);

/**
 * The fewest letters a suffix may leave (four for the others): “comply” and “apply” are not
 * adverbs, so -ly needs a longer stem; a verb's -ing, -ed and -e may leave three (fixing,
 * fixed, fixes → fix).
 */
const SHORTEST_STEM: Record<string, number> = { ly: 5, ing: 3, ed: 3, e: 3 };

/** What a policy goes through, in the words cloud questionnaires list them. */
const POLICY_LIFE =
	'(?:established|documented|approved|communicated|applied|evaluated|maintained|implemented|enforced|reviewed|updated|published)';

/**
 * Phrases questionnaires write both spelt out and as acronyms, reduced to one token so that
 * either spelling finds the other and counts once, not as two or three shared words.
 */
const PHRASES: [RegExp, string][] = [
	// A policy's whole life in one breath (“established, documented, approved, communicated,
	// applied, evaluated and maintained”), as cloud questionnaires ask of every domain: three or
	// more of its steps ask whether the policy is written down, and count as that one word.
	[new RegExp(`\\b${POLICY_LIFE}(?:,? (?:and |or )?${POLICY_LIFE}){2,}\\b`, 'g'), 'documented'],
	// A generated answer, text or summary is a language model's output, whether or not “AI” is said.
	[
		/\b(?<!ai[- ])generated (answers?|content|text|outputs?|responses?|summar(?:y|ies)|drafts?)\b/g,
		'llm generated $1',
	],
	// “Reviewed and updated” is one step, the review (an update of a policy is not a patch).
	[
		/\b(?:review(?:ed|s)?|revis(?:ed|es)?) and updat(?:e|ed|es)\b|\bupdat(?:e|ed|es) and review(?:ed|s)?\b/g,
		'reviewed',
	],
	// “Human resources” are the people function, not human oversight.
	[/\bhuman resources?\b/g, 'staff'],
	// The respondent named in the third person, as industry workbooks write every question
	// (“Does the vendor encrypt…?”, “the vendor's staff”): it is “you”, not a supplier.
	[
		/\b(?:the|this) (?:vendor|supplier|bidder|respondent|proposer|offeror|contractor|(?:service )?provider)(?:'s)?(?! (?:of|to|that|who|which)\b)\b/g,
		'you',
	],
	// Names and expansions the field's own workbooks use, reduced first, before any phrase below
	// takes a word out of them (“computer security incident response team”).
	[
		/\bcsirts?\b|\bcirts?\b|\bcomputer (?:security )?incident response teams?\b/g,
		'incident response team',
	],
	[/\bcyber ?hygiene\b/g, 'security awareness'],
	[/\bpoints? of contact\b|\bpocs?\b/g, 'contact'],
	[/\b(?:responsible|coordinated) (?:vulnerability )?disclosure\b/g, 'vulnerability disclosure'],
	[/\b(?:nist )?(?:sp )?800-88\b|\bmedia saniti[sz]ation\b/g, 'secure deletion'],
	[
		/\bstatic and dynamic (?:code |application |source code )?(?:analysis|testing|scanning|scans)\b/g,
		'sast and dast',
	],
	[
		/\bnon-?disclosure (?:agreements?|undertakings?|obligations?|terms|commitments?)\b/g,
		'confidentiality agreement',
	],
	// “NDA” is the staff's confidentiality agreement only beside the staff; alone (“under NDA”)
	// it is the buyer's, which the answers speak of for private documents.
	[
		/\b((?:staff|employees?|personnel|contractors?|workforce|workers?|new hires?)\b(?:\W+\w+){0,5}?\W+)ndas?\b/g,
		'$1confidentiality agreement',
	],
	[
		/\bndas?\b(?=(?:\W+\w+){0,6}?\W+(?:staff|employees?|personnel|contractors?|workforce|workers?|new hires?)\b)/g,
		'confidentiality agreement',
	],
	[/\bsystem for cross-domain identity management\b/g, 'scim'],
	[/\bhipaa ba\b/g, 'hipaa business associate'],
	[/\b(?:virtual|conversational|digital) (?:agents?|assistants?)\b/g, 'chatbot'],
	[/\bmdm\b|\bunified endpoint management\b|\bintune\b|\bjamf\b/g, 'mobile device management'],
	[/\bdisparate (?:impact|treatment)\b|\badverse impact (?:ratios?|analysis|testing)\b/g, 'bias'],
	[
		/\b(?:remediation|fix(?:ing)?) (?:windows?|timeframes?|timelines?|targets?|deadlines?)\b|\bpatch(?:ing)? (?:windows?|timeframes?|slas?)\b/g,
		'remediation slas',
	],
	[/\blog4j\b|\blog4shell\b|\bheartbleed\b/g, 'zero-day'],
	[
		/\b(?:permissible|permitted|appropriate) use(?= of (?:it|information technology|company|corporate|computing|computer|technology|organi[sz]ational|your) (?:resources|systems|assets|equipment|devices|facilities)\b)/g,
		'acceptable use',
	],
	[/\bcyclonedx\b|\bspdx\b/g, 'sbom'],
	[
		/\brecord[- ]?keeping (?:periods?|schedules?)\b|\brecords? retention (?:periods?|schedules?)\b/g,
		'retention period',
	],
	[
		/\bstatic (?:code |source code |application )?(?:analysis|analy[sz]ers?|scan(?:ning|s)?)\b/g,
		'sast',
	],
	[/\bdynamic (?:application )?(?:scanning|analysis)\b/g, 'dast'],
	[
		/\bbackground (?:screening|vetting)(?: checks?)?\b|\bpre-?employment (?:screening|vetting)\b/g,
		'background check',
	],
	[/\brole[- ]based (?:permissions|access(?: controls?)?|roles|authori[sz]ation)\b/g, 'rbac'],
	[/\bdata processing (?:addend(?:um|a)|terms)\b/g, 'dpa'],
	[/\bphysical access controls?\b/g, 'physical security'],
	[/\bwithout undue delay\b|\bin a timely (?:manner|fashion)\b|\btimely\b/g, 'promptly'],
	[/\bend[- ]users?\b/g, 'users'],
	[/\bsecurity operations?(?: cent(?:er|re)s?| functions?| teams?)?\b/g, 'soc'],
	// The buyer's own people and premises, whatever its sector: “our nurses”, “our students” are
	// its users; “patient records” are its data; “our hospital network” is its network.
	[
		/\bour (?:nurses|clinicians|doctors|physicians|carers|caregivers|students|pupils|learners|teachers|faculty|lecturers|caseworkers|case workers|clerks|agents|advisers|advisors|colleagues|people|team members|end users)\b/g,
		'our users',
	],
	[
		/\b(?:patients?|students?|pupils?|citizens?|residents?|members?|clients?|claimants?|policyholders?)(?:'s?)? (?:notes|records|files|details|information|data|histories)\b/g,
		'customer data',
	],
	[
		/\b(?:hospital|clinic|school|university|college|campus|district|council|bank|practice)(?:'s)?(?= (?:network|admins?|administrators?|staff|users|tenant|account|data|information|records|it team)\b)/g,
		'organisation',
	],
	[/\bartificial intelligence\b/g, 'ai'],
	[/\bmachine[- ]learning\b/g, 'ml'],
	[/\blarge language models?\b|\bllms\b/g, 'llm'],
	[/\bgenerative ai\b|\bgen ai\b/g, 'genai'],
	[
		/\bsecond (?:authentication )?factor\b|\bone[- ]time (?:codes?|passwords?|passcodes?)\b|\b(?:hardware |physical )?security keys?\b|\bpasskeys?\b|\bfido2?\b|\bwebauthn\b/g,
		'mfa',
	],
	[
		/\bwhile (?:moving|travell?ing|being sent)\b|\bon the wire\b|\bbetween (?:systems|services|components)\b/g,
		' intransit ',
	],
	[/\bwhile (?:stored|at rest|on disk)\b|\bon disk\b|\bin the database\b/g, ' atrest '],
	// The principle, not administrators' access: “least privilege” is not “privileged access”.
	[/\bleast[- ]privileges?\b|\bneed[- ]to[- ]know\b/g, ' leastprivilege '],
	[
		/\bprivileged (?:access|accounts?)\b|\badmin(?:istrator|istrative)?(?: or root| and root|\/root)? (?:rights|access|privileges?|accounts?|permissions)\b|\broot (?:access|accounts?|rights|privileges?)\b|\bsudo (?:access|rights)\b|\bsuper ?users?\b|\belevated (?:access|privileges?|rights|permissions)\b|\bstanding (?:access|privileges?)\b|\bjust[- ]in[- ]time access\b/g,
		'privileged',
	],
	[
		/\bknown weakness(?:es)?\b|\bsecurity (?:bugs?|flaws?|weakness(?:es)?|holes?|defects?)\b/g,
		'vulnerability',
	],
	[
		/\bscreen[- ]readers?\b|\bassistive tech\w*\b|\ba11y\b|\bpeople with disabilit(?:y|ies)\b|\bdisabled (?:people|users)\b|\bdisabilit(?:y|ies)\b/g,
		'accessibility',
	],
	[
		/\bmak(?:e|es|ing) (?:things|stuff|facts|answers) up\b|\bmade[- ]up\b|\binvent(?:s|ing|ed)? (?:facts|answers|things)\b/g,
		'accuracy',
	],
	[
		/\bleavers?\b|\bdeparting (?:staff|employees|workers)\b|\bleav(?:es|ing) the (?:company|organi[sz]ation|firm|business)\b|\boff-?board(?:ing|ed)?\b/g,
		'offboarding',
	],
	[
		/\bnew (?:hires?|joiners?|employees|staff)\b|\b(?:before|prior to) (?:they are |being )?(?:hired|employed|onboarded)\b|\b(?:before|prior to) (?:hire|hiring|employment|joining)\b|\bpre-?(?:employment|hire)\b|\bcandidates\b|\bjob applicants\b/g,
		'hiring',
	],
	// Staff onboarding is when people join (“at onboarding”, “within 30 days of joining”); a
	// customer's onboarding is not.
	[
		/(?<!\b(?:customer|client|tenant|vendor|supplier|insurer)s?'?\W?)\bonboard(?:ing|ed)?\b|\b(?:when|after|on|upon|of|before) (?:they |staff |employees |people )?join(?:s|ing)?\b|\bjoiners?\b/g,
		'hiring',
	],
	[/\biso ?27k\b|\biso ?27001\b/g, 'iso27001'],
	// “Third-party subprocessors” are subprocessors: the adjective adds no second subject.
	[/\bthird[- ]party (?=sub-?(?:processors?|contractors?|vendors?)\b)/g, ''],
	[/\bsub-?contractors?\b|\bsub-?vendors?\b/g, 'subprocessor'],
	[
		/\bpersonal (?:phones?|devices?|laptops?|computers?|mobiles?)\b|\bhome (?:computers?|laptops?|pcs?)\b|\b(?:their|staff's) own devices?\b|\bbyod\b/g,
		'byod',
	],
	[
		/\bapi (?:keys?|tokens?)\b|\baccess tokens?\b|\bdatabase (?:credentials|passwords?)\b/g,
		'secret',
	],
	[/\b(?:the )?(?:last|final) (?:word|say)\b/g, 'oversight'],
	[
		/\b(?:overrid(?:e|es|ing)|ignor(?:e|es|ing)|bypass(?:es|ing)?) (?:its|the|their|your) (?:instructions|rules|guardrails|system prompt)\b/g,
		'jailbreak',
	],
	[/\boutside (?:compan(?:y|ies)|firms?|parties|organi[sz]ations)\b/g, 'supplier'],
	[/\b(?:go(?:es|ing)?|went|gone) dark\b/g, 'fail'],
	[/\bde-?provision(?:s|ed|ing)?\b/g, 'deprovisioning'],
	[/\bmak(?:e|es|ing) up (?:facts|answers|things|information|stuff)\b/g, 'accuracy'],
	[/\b(?:everyone |anyone |people )?on (?:the|your) payroll\b/g, 'staff'],
	[/\bdev\b|\bqa\b|\buat\b|\bpre-?production\b/g, 'nonproduction'],
	// Everyday words for a surge, for data deleted for good and for a restore from backup.
	[
		/\b(?:come|comes|coming|arrive|arrives|arriving|hit|hits|log(?:s|ging)? in|sign(?:s|ing)? in) (?:in )?(?:all )?at once\b/g,
		'surge',
	],
	[
		/\b(?:really|truly|completely|properly|permanently|actually) gone\b|\bgone for good\b/g,
		'deleted',
	],
	[
		/\b(?:get|bring|gets|brings|getting|bringing) back (?:an? |the )?(?:earlier|older|previous|prior) (?:copy|copies|version|versions)\b|\b(?:earlier|older|previous|prior) (?:copy|copies|version|versions) of (?:our|the|your|their) (?:data|records|files|claims|documents)\b/g,
		'restore backup',
	],
	// “Smart features”, “the smart assistant”: what buyers call AI features.
	[/\bsmart (features?|functionality|functions|capabilit(?:y|ies)|assistants?|tools?)\b/g, 'ai $1'],
	// “Security-wise”, “cost-wise”: the subject without its suffix.
	[/\b([a-z]+)-wise\b/g, '$1'],
	// “Turn off”, “turn it off”, “turn the AI assistant off”: the words between stay, the verb is disable.
	[
		/\b(?:turn|switch)(?:s|es|ed|ing)? ((?:the |our |your |its |that |all )?(?:[a-z]+ ){0,3}?)off\b/g,
		'disable $1',
	],
	[
		/\bopt(?:s|ed|ing)?[- ]out\b|\bdisabl(?:e|ed|es|ing)\b|\bdeactivat(?:e|ed|es|ing)\b/g,
		'disable',
	],
	[
		/\bon[- ]prem(?:ise|ises)?\b|\bself[- ]host(?:ed|ing)?\b|\bour own (?:servers|hardware|infrastructure|network|premises|data ?cent(?:er|re)s?|cloud(?: account)?)\b|\bprivate cloud\b|\bair[- ]gapped\b/g,
		'onprem',
	],
	[
		/\baround the clock\b|\b24 ?[x/] ?7(?: ?[x/] ?365)?\b|\bday and night\b|\b24 hours a day(?:,? 7 days a week)?\b|\bat all times\b|\b(?:at )?[1-5] ?(?:a\.m\.|am\b)|\bmidnight\b|\b(?:at night|overnight|(?:nights|evenings) and weekends|(?:on|at) (?:a )?(?:weekends?|sundays?|saturdays?|public holidays?|bank holidays?|christmas))\b/g,
		'roundclock',
	],
	[/\b(?:kept|keeps?|held|holds?) (?:apart|separate|separately|isolated)\b/g, 'separate'],
	[/\bback(?:s|ed|ing)?[- ]?ups?\b/g, 'backup'],
	[/\bdue diligence\b/g, 'assess'],
	[
		/\blive (?:system|environment|service|site|server|database|infrastructure)s?\b|\bthe live ones?\b|\bprod\b/g,
		'production',
	],
	[
		/\bnon-?production\b|\bstaging\b|\btest environments?\b|\btest(?:ing)? (?:systems?|servers?|instances?)\b|\bdev(?:elopment)? environments?\b|\bsandbox(?:es)?\b/g,
		'nonproduction',
	],
	[
		/\blog(?:ged|s)? ?(?:out|off)\b|\bsign(?:ed|s)? ?out\b|\btime[- ]?outs?\b|\btimed out\b|\binactivity\b|\bidle\b|\binactive\b/g,
		'timeout',
	],
	[
		/\bin advance\b|\badvance notice\b|\bahead of time\b|\bbeforehand\b|\bprior notice\b|\bheads[- ]up\b/g,
		'notification',
	],
	[/\bahead of\b/g, 'before'],
	// Asking for the reasons behind an output: “can you tell us why”, “can the handler see why”.
	[
		/\b(?:tell|show) (?:us|me|them|you|people|users?|customers?) why\b|\b(?:see|know|understand) why(?= ?[?.,;]| it\b| the (?:ai|model|system)\b|$)|\bcame up with\b/g,
		'explainable',
	],
	// Acting alone, not “on their own laptops” or “on its own servers”, which say whose the thing is.
	[
		/\bon (?:its|their) own\b(?! (?:personal |private |home )?(?:byod|laptops?|devices?|computers?|phones?|machines?|equipment|hardware|servers?|systems?|environments?|tenan(?:cy|cies|ts?)|sites?|infrastructure|cloud|data ?cent(?:er|re)s?|networks?|accounts?|keys?|premises)\b)|\bby itself\b|\bautonomously\b|\bwithout (?:any )?(?:a )?(?:human|person|people)(?: involvement| review| in the loop| oversight)?\b|\bsolely by (?:an? )?(?:algorithm|machine|ai|model)\b|\bfully automated\b/g,
		'automated',
	],
	[/\b(?:goes|go|went|is|are) down\b|\bunavailable\b|\bfails?\b|\bfailed\b|\bfailures?\b/g, 'fail'],
	[
		/\bpeer[- ]review\w*\b|\bfour[- ]eyes\b|\bsecond (?:developer|engineer|reviewer|person|pair of eyes)\b|\bcode reviews?\b|\bpull requests? (?:are |is )?reviewed\b/g,
		'peerreview',
	],
	// In a buyer's questionnaire “our data” is the customer's data, whatever the buyer calls it.
	[
		/\bour (?:claims? |company |organi[sz]ation'?s? |customers'? |users'? |patients'? |employees'? |business )?(?:data|information|records|content|files)\b(?! cent)/g,
		'customer data',
	],
	[/\bcustomer (?:content|information|records|files)\b/g, 'customer data'],
	// Higher-education workbooks (HECVAT) call the customer “the institution”.
	[/\b(?:the )?institution(?:al|'s)? (?:data|information|records)\b/g, 'customer data'],
	[/\b(?:the )?institution(?:'s|s)?\b/g, 'customer'],
	// Public-sector and healthcare workbooks do the same with “the agency”, “the hospital”, “the
	// covered entity”: the buyer, not a government body asking for data.
	[
		/\b(?:the|this) (?:agency|hospital|health system|covered entity|county|university|college|school district)(?:'s)?\b/g,
		'customer',
	],
	[
		/\b(?:multi|two|2)[- ]?(?:factor|step)(?: authentication| verification| auth)?\b|\b2fa\b|\bmfa\b/g,
		'mfa',
	],
	[
		/\bsingle sign[- ]?on\b|\bsaml(?: 2(?:\.0)?)?\b|\bopenid connect\b|\boidc\b|\bidentity federation\b|\bfederated (?:login|authentication|identity)\b/g,
		'sso',
	],
	[
		/\bpersonally identifiable information\b|\bpersonal (?:data|information)\b|\bpersonal identifiable information\b/g,
		'pii',
	],
	[
		/\bin (?:transit|transport|motion)\b|\bover the (?:network|wire)\b|\bduring transmission\b/g,
		'intransit',
	],
	[/\bat rest\b|\bin storage\b/g, 'atrest'],
	// “Stored data is encrypted”: the data at rest, not only “at rest”.
	[/\bstored data\b/g, 'data atrest'],
	[
		/\b(?:while |when )?(?:being |it is |they are )?(?:transported|transmitted)(?: (?:across|over) (?:the |public |all )?networks?)?\b|\bacross (?:the |public )?networks?\b|\b(?:travel(?:s|ling|ing)?|moves?|moving) (?:across|over) (?:the |public |all )?networks?\b/g,
		' intransit ',
	],
	// Encryption of data while it is processed: a third state, not “at rest” or “in transit”.
	[
		/\b(?:while|when) (?:it is |data is |being )?in use\b|\bdata in use\b|\bin[- ]use encryption\b|\bencrypt(?:ed|s|ion)? in use\b|\bconfidential computing\b/g,
		' inuse ',
	],
	[/\btransport layer security\b|\bssl\/tls\b|\bhttps\b/g, 'tls'],
	[/\bsub-?processors?\b|\bfourth[- ]part(?:y|ies)\b/g, 'subprocessor'],
	[/\bidentity providers?\b|\bidp\b/g, 'sso'],
	// A healthcare provider is the buyer's sector, not a supplier (below).
	[/\bhealth ?care(?: providers?| organi[sz]ations?| systems?| institutions?)?\b/g, 'health'],
	[
		/\bthird[- ]part(?:y|ies)(?: (?:compan(?:y|ies)|firms?|organi[sz]ations?|vendors?|suppliers?|(?:service )?providers?))?\b|\bvendors?\b|\bsuppliers?\b|\b(?:service )?providers?\b|\bexternal (?:compan(?:y|ies)|services?)\b/g,
		'supplier',
	],
	[
		/\bsigned[- ]off\b|\bsign[- ]off\b|\bendorsed\b|\bratified\b|\bapproved\b|\bapproval\b/g,
		'approve',
	],
	[
		/\bsenior (?:management|leadership)\b|\bexecutive (?:team|management|leadership)\b|\bleadership\b|\bboard of directors\b|\btop management\b|\bexecutives\b/g,
		'management',
	],
	[
		/\bdata ?cent(?:er|re)s?\b|\bcloud (?:hosting|provider|infrastructure)s?\b|\biaas\b|\bpaas\b/g,
		'host',
	],
	[/\blog(?:s|ged|ging)? ?(?:in|on)(?:to)?\b|\bsign(?:s|ed|ing)? ?(?:in|on)(?:to)?\b/g, 'login'],
	[/\bevery year\b|\bonce a year\b|\bper year\b|\byearly\b|\bannually\b/g, 'annual'],
	[/\bcarry out\b|\bcarried out\b|\bundergo(?:es)?\b|\bundertake[sn]?\b/g, 'perform'],
	// Training on security is security training, not the management system.
	[/\b(?:information|cyber) ?security (awareness )?training\b/g, 'security $1training'],
	[/\btrain(?:ed|ing|s)? (?:on|in) (?:information |cyber ?)?security\b/g, 'security training'],
	[/\binformation security\b|\binfosec\b|\bcyber ?security\b|\bisms\b/g, 'infosec'],
	// Breaking a rule is a violation, not a breach of data (“What happens when staff breach policy?”).
	[
		/(?<=\b(?:staff|employees?|personnel|workers|contractors|who|they|someone|anyone) )breach(?:es)?\b(?= (?:the |our |a |any |its |their |your |security |company )*(?:polic|rule|contract|agreement))|(?<!\b(?:data|security|privacy|personal) )\bbreach(?:es|ed|ing)?(?= (?:of )?(?:the |our |a |any |its |their |your |security |company )*(?:polic(?:y|ies)|rules?|contracts?|agreements?)\b)/g,
		'violate',
	],
	[/\bdata breach(?:es)?\b|\bsecurity breach(?:es)?\b/g, 'breach'],
	[/\bsecurity incidents?\b/g, 'incident'],
	[/\bdata (?:protection|privacy) officer\b|\bdpo\b/g, 'dpo'],
	[/\bgeneral data protection regulation\b/g, 'gdpr'],
	// A general-purpose AI model is one subject (the AI Act's GPAI), not “purpose” and “general”.
	[
		/\bgeneral[- ]purpose (?:(?:ai|artificial intelligence)(?: models?)?|models?)\b|\bgpai(?: models?)?\b/g,
		'gpai ai',
	],
	[/\bstatement of applicability\b|\bsoa\b/g, 'soa'],
	[/\bvulnerability (?:scanning|scans|assessments?)\b/g, 'vulnscan'],
	[
		/\brecovery time objective\b|\brto\b|\b(?:maximum )?tolerable (?:downtime|outage|period of disruption)\b|\bmtpd\b|\bmaximum (?:allowable|acceptable) (?:downtime|outage)\b/g,
		'rto',
	],
	[
		/\brecovery point objective\b|\brpo\b|\b(?:maximum |acceptable |tolerable )?data[- ]loss (?:targets?|objectives?|tolerance|window)\b|\bmaximum (?:tolerable |acceptable )?data loss\b/g,
		'rpo',
	],
	[/\bsource code\b/g, 'code'],
	[/\bopen ?ai\b|\bchatgpt\b|\bgpt-?\d?\b/g, 'llm'],
	[/\bfoundation models?\b|\blanguage models?\b/g, 'llm'],
	[/\bdata processing agreements?\b|\bdpas\b/g, 'dpa'],
	[/\bdata protection impact assessments?\b|\bdpias\b/g, 'dpia'],
	[/\bbc ?\/ ?dr\b|\bbcdr\b/g, 'bcp dr'],
	[/\bbusiness continuity(?: plan(?:s|ning)?| management)?\b|\bbcp\b|\bbcm\b/g, 'bcp'],
	[/\bdisaster recovery(?: plan(?:s|ning)?)?\b|\bdrp?\b/g, 'dr'],
	[
		/\bsecure (?:software )?development life ?cycle\b|\bsoftware development life ?cycle\b|\bs-?sdlc\b|\bsdl\b|\bsecure (?:software )?(?:engineering|development) (?:framework|standards?)\b|\bssdf\b|\b(?:nist )?sp ?800-218\b/g,
		'sdlc',
	],
	[
		/\bpen(?:etration)?[- ]?tests?(?:ing|ed|s)?\b|\bpenetration (?:exercises?|assessments?|reviews?)\b|\bpentests\b|\bethical hack(?:ing|ers?)\b|\bred[- ]team(?:ing|ed|s)?\b/g,
		'pentest',
	],
	[/\bsecurity information and event management\b/g, 'siem'],
	[/\bsoc ?(?:2|ii)\b|\baicpa\b|\bssae ?(?:no\.? ?)?18\b/g, 'soc2'],
	[/\bhigh(?:ly)?[- ]availab(?:le|ility)\b/g, 'highavailability'],
	[
		/\bvpats?\b|\bvoluntary product accessibility templates?\b|\baccessibility conformance (?:reports?|documents?|statements?)\b|\bsection 508 (?:conformance|compliance) (?:reports?|documents?|statements?)\b|\bacrs?\b/g,
		'vpat',
	],
	[/\bpassphrases?\b/g, 'password'],
	[/\biso(?:\/iec)? ?(\d{5})\b/g, 'iso$1'],
	[
		/\b(?:eu|european)(?:['’]s)? (?:new )?(?:ai|artificial intelligence) (?:regulation|law)\b|\beu ai act\b|\bai act\b(?! (?:on|alone|autonomously|independently|without|automated)\b)|\b(?:regulation \(eu\) )?2024\/1689\b/g,
		'aiact',
	],
	// Identity providers buyers name instead of saying single sign-on.
	[
		/\bokta\b|\bazure (?:ad|active directory)\b|\bentra(?: id)?\b|\bonelogin\b|\bping ?(?:identity|federate|one)\b|\badfs\b|\bshibboleth\b|\bincommon\b|\bcas\b(?= (?:sso|single|authentication|server|login)\b)/g,
		'sso',
	],
	[
		/\bcriminal (?:records?|history|background|checks?)\b|\bemployment (?:history|verification)\b|\breference checks?\b/g,
		'background check',
	],
	[/\banti-?(?:virus|malware)\b|\bvirus (?:protection|scanning|scanners?)\b/g, 'malware'],
	[
		/\beavesdrop\w*\b|\bwiretap\w*\b|\bpacket sniff\w*\b|\bman[- ]in[- ]the[- ]middle\b|\bmitm\b/g,
		' intransit ',
	],
	[/\bwalled[- ]off\b|\bfenced[- ]off\b|\bsiloed\b/g, 'separate'],
	[
		/\b(?:trick|manipulat)(?:s|ed|es|ing)? (?:\w+ ){1,3}into (?:ignoring|disregarding|revealing|leaking)\b|\b(?:malicious|adversarial|crafted) (?:prompts?|instructions|inputs?)\b/g,
		'jailbreak',
	],
	[
		/\b(?:written|generated|produced|created) by (?:a |the )?(?:machine|computer|bot)\b|\bmachine[- ]generated\b|\bcomputer[- ]generated\b/g,
		'ai generated',
	],
	[
		/\b(?:eu|europe(?:an)?|european union)(?:'s)? (?:ai|llm) (?:regulation|law|legislation)\b/g,
		'aiact',
	],
	[/\brisk (?:tiers?|categor(?:y|ies)|class(?:es)?)\b/g, 'risk classification'],
	[
		/\bfac(?:e|ial) (?:recognition|detection|matching|identification)\b|\brecogni[sz](?:e|es|ing) (?:people's |their |users' )?faces\b|\bvoice ?prints?\b/g,
		'biometric identification',
	],
	[/\b(?:people's |users' |their )?(?:moods?|feelings)\b/g, 'emotion'],
	[
		/\breligio\w*\b|\bethnic\w*\b|\bsexual orientation\b|\bpolitical (?:opinions?|views|beliefs)\b|\btrade union membership\b|\bgenetic (?:data|information)\b/g,
		'sensitive',
	],
	[/\bblind\b|\bvisually impaired\b|\bdeaf\b|\bkeyboard[- ]only\b/g, 'accessibility'],
	[
		/\bdenial[- ]of[- ]service\b|\b(?:traffic|request) floods?\b|\bfloods? of (?:\w+ )?(?:traffic|requests)\b/g,
		'ddos',
	],
	[/\b(?:service|system|platform) status\b|\bstatus (?:page|dashboard|site)\b/g, 'status page'],
	[
		/\b(?:see|check|find out|know|tell) (?:if|whether) (?:your|the) (?:service|platform|product|app|application|system) (?:is )?(?:down|fail|up|working|available|having (?:an outage|problems))\b/g,
		'status page',
	],
	[/\b(?:at|on|over) (?:the )?weekends?\b|\bout[- ]of[- ]hours\b/g, 'support hours'],
	[/\b(?:quit|quits|quitting|resign|resigns|resigned|resigning|resignation)\b/g, 'offboarding'],
	// Access taken away, in whatever words: “logins killed”, “accounts disabled”, “cut off their access”.
	[
		/\b(?:logins?|accounts?|access(?: rights| privileges| permissions)?|credentials)\s+(?:are\s+|is\s+|get\s+|gets\s+|being\s+)?(?:killed|cut off|shut off|disabled|deactivated|removed|revoked|terminated|pulled)\b/g,
		'access revoked',
	],
	[
		/\b(?:kill|cut off|shut off|disable|deactivate|remove|revoke|terminate|pull)(?:s|d|ed|ing)?\s+(?:(?:their|the|all|any|a|his|her)\s+)?(?:logins?|accounts?|access(?: rights| privileges| permissions)?|credentials)\b/g,
		'revoke access',
	],
	// Trackers by their trade names: “ad-tech pixels”, “marketing tags”.
	[/\b(?:tracking |ad[- ]?tech |advertising |marketing )?pixels?\b|\bad[- ]?tech\b/g, 'tracking'],
	// Standards and laws by their full or everyday names.
	[/\bweb content accessibility guidelines?\b/g, 'wcag'],
	[/\bdouble[- ]a\b/g, 'aa'],
	[/\bdigital operational resilience(?: act| regulation)?\b/g, 'dora'],
	[/\bcyber ?(?:security )?incidents?\b/g, 'security incident'],
	[/\b(?:help|service) ?desks?\b/g, 'support'],
	[/\bhard[- ]?coded\b/g, 'in code'],
	[/\beuropean economic area\b/g, 'eea'],
	[/\buser interfaces?\b/g, 'product'],
	[/\bconform(?:s|ing)? (?:with|to)\b|\b(?:in )?conforman(?:ce|t) (?:with|to)\b/g, 'meet'],
	// “WCAG 2.2 at conformance level AA”: the level, not a further subject.
	[/\bconformance levels?\b/g, 'level'],
	[/\b(?:electronic )?protected health information\b|\be?phi\b/g, 'health data'],
	[
		/\bintrusion (?:detection|prevention)(?: (?:and|or|\/) (?:detection|prevention))?(?: (?:systems?|services?|tools?))?\b|\bids ?[/&] ?ips\b|\bids (?:and|or) ips\b|\bidps\b|\b[nh]ids\b/g,
		'intrusiondetection',
	],
	// What the buyer writes for the trust center, and for a model that learns from them.
	[/\b(?:trust|security|compliance) (?:portal|hub)s?\b/g, 'trust center'],
	[
		/\bimprov(?:e|es|ing) (?:its|their|the|your) (?:own )?(?:models?|ai|algorithms?)\b/g,
		'train models',
	],
	// “Pull a complete copy of everything we've stored”: an export.
	[
		/\b(?:pull|take|get|download|extract)(?:s|ing)? (?:a )?(?:complete |full )?copy of (?:everything|all (?:of )?(?:our|the|their|its) data|(?:our|their|its) data)\b|\bextract(?:s|ing)? (?:all (?:of )?)?(?:our|their|its) data\b/g,
		'export data',
	],
	[
		/\b(?:rundown|overview|summary|introduction) of (?:who you are|your (?:company|business|organi[sz]ation))\b|\bwho you are as an? (?:business|company|organi[sz]ation)\b/g,
		'company overview',
	],
	[/\broll(?:s|ed|ing)? out\b|\broll-?outs?\b/g, 'deploy'],
	[/\broll(?:s|ed|ing)?[- ]?backs?\b/g, 'rollback'],
	[/\bcop(?:y|ies) of (?:the |all )?(?:customer data|data|databases?)\b/g, 'backup customer data'],
	[
		/\bpull (?:(?:all|our|their|the|customer|data) ){0,3}out\b|\bdownload (?:a copy of )?(?:all )?(?:customer data|(?:the |their )?data)\b/g,
		'export',
	],
	[
		/\bbefore (?:customers|users|clients) (?:get|see|receive|use) (?:them|it)\b|\bpre-?release\b/g,
		'before released',
	],
	[
		/\bhead ?count\b|\bnumber of (?:people|persons|employees|staff|personnel|workers)\b|\bpeople (?:the (?:company|organi[sz]ation|firm) |you )?employs?\b/g,
		'staff',
	],
	[/\bconnections? between\b/g, ' intransit '],
	[
		/\bhosting (?:facilit(?:y|ies)|sites?|premises)\b|\bco-?location (?:facilit(?:y|ies)|cent(?:re|er)s?)\b/g,
		'host',
	],
	[
		/\b(?:a single|the same|one) (?:person|individual|employee|user) (?:both|alone)\b/g,
		'separate duties',
	],
	[/\b(?:rest(?:ful)?|graphql) (?:apis?|endpoints?|services?)\b/g, 'api'],
	[/\bapplication programming interfaces?\b/g, 'api'],
	[
		/\bgo(?:es|ing)? out of business\b|\bbankrupt\w*\b|\binsolven\w+\b|\bceases? (?:trading|operations)\b/g,
		'fail',
	],
	[
		/\b(?:remov|deprecat|retir|discontinu)(?:e|es|ed|ing|ion) (?:of )?(?:a |the |any )?(?:features?|functionality|capabilit(?:y|ies))\b/g,
		'change feature',
	],
	[
		/\bhosted (?:subscription|service|product|solution|software)\b|\bsubscription (?:product|service|software)\b|\bcloud[- ]based (?:service|product|solution|software)\b|\bcloud[- ]hosted\b/g,
		'saas',
	],
	[/\bsafari\b|\bfirefox\b|\bchrome\b|\bchromium\b/g, 'browser'],
	[
		/\bpeak (?:times?|hours?|usage|traffic|demand|loads?)\b|\bspikes? in (?:usage|traffic|load|demand)\b|\b(?:traffic|usage|load) spikes?\b/g,
		'peak load',
	],
	[/\bdies\b|\bcrash(?:es|ed)?\b/g, 'fail'],
	[
		/\b(?:eu|europe(?:an)?|european union)(?:'s)? (?:data protection|privacy) (?:law|regulation|rules|legislation)\b/g,
		'gdpr',
	],
	[/\bcalifornia(?:'s)? (?:consumer )?privacy (?:law|act|rights act)\b|\bcpra\b/g, 'ccpa'],
	[/\b(?:chief )?privacy officer\b/g, 'dpo'],
	[/\barticle 30\b|\bropa\b/g, 'records processing'],
	[/\bfact ?sheets?\b|\bsystem cards?\b/g, 'model card'],
	[/\bai management systems?\b|\baims\b/g, 'aims'],
	[/\bsecurity problems?\b/g, 'vulnerability'],
	[
		/\bcompan(?:y|ies) (?:behind|(?:that |which |who )?(?:provides?|suppl(?:y|ies)|makes?|builds?)|providing|supplying)\b/g,
		'supplier',
	],
	[
		/\b(?:information|details|data) (?:about|on|of) (?:our |your |the )?(?:employees|staff|users|customers|people|individuals|patients|students|end users)\b/g,
		'pii',
	],
	[/\bshow(?:s|ing|n)? up\b|\bsurfac(?:e|es|ed|ing)\b|\bturn(?:s|ed|ing)? up\b/g, 'appear'],
	[
		/\b(?:(?:ai |language )?models?|llms?) (?:behind|powering|underlying) (?:your |the |its |our |a |an )?(?:ai|products?|features?|services?|platform)\b/g,
		'ai model',
	],
	[/\boff[- ]?site\b|\boffsite\b/g, 'offsite'],
	[/\bwhen we (?:leave|cancel|churn)\b|\bif we (?:leave|cancel|churn)\b/g, 'end agreement'],
	// Everyday words for the field's subjects, as buyers write them outside the field's terms.
	[
		/\bwalk(?:s|ed)? away from\b|\bleft unattended\b|\bunattended\b|\block(?:s|ed)? (?:itself|automatically|the screen)\b|\bauto-?lock\w*\b/g,
		'timeout',
	],
	[
		/\b(?:something |anything )?(?:more|other) than (?:just )?a password\b|\bbeyond (?:just )?a password\b|\bnot just a password\b|\bas well as (?:a|their) password\b/g,
		'mfa',
	],
	[
		/\b(?:steal\w*|stole|stolen|theft of|loses?|lost|takes? away) (?:\w+ ){0,4}?(?:disks?|drives?|hard drives?|storage|servers?|backup tapes?|tapes)\b/g,
		' atrest ',
	],
	[/\bpractice (?:drills?|runs?|exercises?|sessions?)\b/g, 'test'],
	[
		/\b(?:how|the way) (?:do |does )?(?:you|your company|your organi[sz]ation) (?:governs?|oversees?|manages? the use of) (?:your |its )?(?:ai|artificial intelligence)\b/g,
		'aims',
	],
	[/\bsnoop\w*\b|\bintercept\w*\b|\blisten(?:s|ing)? in\b/g, ' intransit '],
	[
		/\bbetween (?:our|your|the|their) (?:browsers?|users?|devices?|apps?|computers?|offices?|staff) and (?:your|our|the) (?:servers?|service|platform|cloud|systems?|application)\b/g,
		' intransit ',
	],
	[
		/\bburn(?:s|ed|t)? down\b|\bfires?\b|\bfloods?\b|\bflooding\b|\bearthquakes?\b|\bnatural disasters?\b|\b(?:is|was|were|are|got|gets?) (?:destroyed|wiped out)\b/g,
		' dr ',
	],
	[
		/\brestor(?:e|es|ed|ing) (?:the |your |our )?(?:service|platform|systems?|product|application) (?:somewhere else|elsewhere|in (?:another|a second|a different) (?:region|location|site|data cent\w+))\b|\bfail(?:s|ing|ed)? ?over\b/g,
		' dr ',
	],
	[
		/\btr(?:y|ies|ying) to (?:break|hack|get) in(?:to)?\b|\b(?:outside|external|independent|white[- ]hat|friendly) hackers?\b|\bpay (?:\w+ )?hackers?\b/g,
		'pentest',
	],
	[
		/\b(?:intruders?|attackers?|hackers?|criminals?|someone|somebody) (?:got|get|gets|getting|broke|break|breaks) (?:in(?:to)?|at|hold of)\b|\bintruders?\b/g,
		'breach',
	],
	[/\bhear (?:about|of) it\b|\blet(?:s|ting)? us know\b|\bhear from you\b/g, 'notification'],
	[
		/\b(?:something|things|anything) (?:goes|go|went|has gone) (?:badly |seriously |very |really )?wrong\b|\bcyber[- ]?attacks?\b|\bransomware attacks?\b/g,
		'incident',
	],
	[
		/\bmissing (?:updates|patches|security updates)\b|\bout[- ]of[- ]date (?:software|systems)\b|\boutdated (?:software|systems)\b/g,
		'patch',
	],
	[/\b(?:known |security )?holes?\b/g, 'vulnerability'],
	[
		/\b(?:compan(?:y|ies)|firms?|businesses|organi[sz]ations|services) (?:you|we|they) (?:rely|depend|build) on\b|\b(?:compan(?:y|ies)|firms?) you (?:use|work with|buy from)\b/g,
		'supplier',
	],
	[
		/\bleav(?:e|es|ing) (?:the )?(?:eu|europe|european union|eea|uk|united kingdom|us|usa|united states|country|region)\b/g,
		'outside eu',
	],
	[
		/\bcontroller(?:-to-| and (?:a |the )?)processor\b|\bprocessor (?:agreement|terms|contract|addendum)\b|\barticle 28\b/g,
		'dpa',
	],
	[
		/\b(?:a|an|one|any) (?:person|individual|patient|customer|user|employee|student|policyholder|claimant|member|citizen)\b (?:asks?|requests?|wants?) (?:us |you )?to (?:see|erase|delete|correct|access|remove|export|get)\b/g,
		'data subject request',
	],
	[
		/\bmak(?:e|es|ing) (?:it|them|the (?:ai|model|product|models)) (?:smarter|better|more accurate)\b/g,
		'train improve',
	],
	[/\bdouble[- ]check\w*\b|\bsanity[- ]check\w*\b/g, 'review'],
	[/\bai (?:assistant|copilot|helper|add-?on|sidekick)s?\b/g, 'ai llm feature'],
	[/\b(?:written|generated|produced|created|drafted) by (?:an? |the )?ai\b/g, 'ai generated'],
	[
		/\bwithout (?:someone|somebody|anyone|a person|a human|one of us|us) (?:clicking|approving|checking|confirming|pressing|agreeing)\b/g,
		'automated',
	],
	[/\bwho (?:did|does|changed|viewed|accessed|opened) what\b|\bhistory of who\b/g, 'audit log'],
	[/\banswer(?:s|ing)? for\b|\banswerable\b/g, 'accountable'],
	[
		/\bat the top of (?:your|the) (?:company|organi[sz]ation|firm|business)\b|\bmost senior\b/g,
		'management',
	],
	[
		/\b(?:experiment(?:s|ing)?|try(?:ing)? (?:things|stuff|changes)|tinker(?:s|ing)?|play(?:s|ing)?) (?:on|with) \b/g,
		'nonproduction ',
	],
	[
		/\b(?:the one|the ones|systems?|servers?) (?:our|your|the) (?:staff|users|customers|people) use (?:every day|daily|day to day)\b|\bday[- ]to[- ]day use\b/g,
		'production',
	],
	[
		/\b(?:legally )?claim(?:s)? (?:ownership|the rights? to|rights? to)\b|\blegally (?:claim|own)s?\b/g,
		'owns',
	],
	[
		/\b(?:reports?|results?|content|documents?|text|things) (?:your|the) (?:system|product|ai|platform|tool|service) (?:creates?|produces?|generates?|makes?|writes?)\b/g,
		'output',
	],
	// A registered or postal address is a place to write to, not a risk to address (“address”
	// alone is read as mitigate): no answer gives one, so a question asking for it is not
	// answered by the legal name beside it.
	[
		/\b(?:registered|postal|mailing|physical|street|office|business|head office|headquarters|corporate|billing|company(?:'s)?) address(?:es)?\b/g,
		'postaladdress',
	],
	// An e-mail or contact address is how to reach someone (“address” alone is read as mitigate).
	[/\b(?:e-?mail|contact) address(?:es)?\b|\bget in touch\b|\breach out\b/g, 'contact'],
	// “Enter into an agreement” is to sign one; data crossing a border is an international transfer.
	[
		/\benter(?:s|ed|ing)? into(?= (?:an? |the |any |your |our )?(?:[\w-]+ ){0,3}?(?:agreements?|contracts?|dpa|baa|terms|addend(?:um|a))\b)/g,
		'sign',
	],
	[/\bcross[- ]border\b/g, 'international'],
	[/\bhttp strict transport security\b|\bstrict-transport-security\b/g, 'hsts'],
	// Downloading data, logs or records is exporting them (a report downloaded from the trust center is not).
	[
		/\bdownload(?:s|ed|ing)?(?= (?:[\w-]+ ){0,4}?(?:data|logs?|records?|export|files?)\b)/g,
		'export',
	],
	// A data retention schedule is a retention policy (a records retention schedule is read above as its period).
	[/\b(?:data )?retention schedules?\b/g, 'data retention policy'],
	// A short introduction, a quick rundown: an overview.
	[
		/\b(?:short|quick|brief) (?:descriptions?|introductions?|overviews?|summary|summaries|rundown)\b/g,
		'brief overview',
	],
	// A person's certification (CISSP, OSCP) is a qualification, not an attestation of the company.
	[/\bprofessional (?:certifications?|qualifications?|credentials?)\b/g, 'qualification'],
	// “AES-256 or equivalent”, “TLS 1.2 or higher”: the question allows more, it asks nothing more.
	[
		/\bor (?:an? )?(?:equivalent|similar|comparable|better|higher|greater|stronger|newer|later)(?: (?:standard|alternative|method|algorithm|version|level))?\b/g,
		' ',
	],
];

/**
 * Single words the field writes in several ways, mapped to one before stemming: the
 * knowledge base says “staff”, the buyer “personnel”; it says “supplier”, the buyer “vendor”.
 */
const SYNONYMS: Record<string, string> = {
	// British doubling the stemmer leaves alone (it keeps “install”'s -ll).
	controlled: 'control',
	controlling: 'control',
	cancelled: 'cancel',
	travelled: 'travel',
	generative: 'llm',
	// What happened to you (“suffered”, “experienced” a breach) says no more than “had”.
	// “Safeguards against prompt injection” are protections against it.
	safeguard: 'protect',
	safeguards: 'protect',
	safeguarded: 'protect',
	safeguarding: 'protect',
	suffered: 'had',
	suffer: 'had',
	experienced: 'had',
	intrusion: 'incident',
	inspect: 'audit',
	inspects: 'audit',
	inspected: 'audit',
	inspection: 'audit',
	inspections: 'audit',
	playbook: 'plan',
	playbooks: 'plan',
	runbook: 'plan',
	runbooks: 'plan',
	// Wrong, in its other words (“inaccurate” is accuracy).
	incorrect: 'wrong',
	erroneous: 'wrong',
	mistaken: 'wrong',
	untrue: 'wrong',
	lose: 'lost',
	loses: 'lost',
	losing: 'lost',
	cadence: 'frequency',
	recurring: 'regular',
	recurrent: 'regular',
	remediate: 'mitigate',
	remediates: 'mitigate',
	remediating: 'mitigate',
	remediated: 'mitigate',
	discovers: 'identify',
	discovering: 'identify',
	discovered: 'identify',
	examination: 'audit',
	examinations: 'audit',
	examine: 'audit',
	examined: 'audit',
	vault: 'secret',
	vaults: 'secret',
	toxic: 'harmful',
	toxicity: 'harmful',
	geographically: 'location',
	geographical: 'location',
	teaching: 'training',
	// Nouns in -al the stemmer leaves whole: an approval is what is approved.
	approval: 'approved',
	approvals: 'approved',
	removal: 'removed',
	removals: 'removed',
	renewal: 'renewed',
	renewals: 'renewed',
	retrieval: 'retrieved',
	withdrawal: 'withdrawn',
	algorithm: 'ai',
	algorithms: 'ai',
	algorithmic: 'ai',
	disadvantage: 'fairness',
	disadvantages: 'fairness',
	disadvantaged: 'fairness',
	discriminate: 'fairness',
	// Reacting is responding, which is read as “response” (below).
	react: 'response',
	reacts: 'response',
	reaction: 'response',
	defend: 'protect',
	defends: 'protect',
	defended: 'protect',
	defence: 'protect',
	defense: 'protect',
	intrusions: 'incident',
	compromise: 'breach',
	compromised: 'breach',
	rehearse: 'test',
	rehearsed: 'test',
	rehearsal: 'test',
	rehearsals: 'test',
	drill: 'test',
	drills: 'test',
	insured: 'insurance',
	insure: 'insurance',
	insures: 'insurance',
	insurer: 'insurance',
	insurers: 'insurance',
	introduction: 'overview',
	intro: 'overview',
	demand: 'request',
	demands: 'request',
	demanded: 'request',
	subpoena: 'government',
	subpoenas: 'government',
	agency: 'government',
	agencies: 'government',
	deprovision: 'deprovisioning',
	deprovisioned: 'deprovisioning',
	bot: 'llm',
	bots: 'llm',
	assistant: 'llm',
	assistants: 'llm',
	fairly: 'fairness',
	unfairness: 'fairness',
	virus: 'malware',
	viruses: 'malware',
	ads: 'advertising',
	adverts: 'advertising',
	freelancer: 'staff',
	freelancers: 'staff',
	temps: 'staff',
	unfair: 'fairness',
	unfairly: 'fairness',
	equitable: 'fairness',
	equitably: 'fairness',
	vet: 'assess',
	vets: 'assess',
	vetted: 'assess',
	vetting: 'assess',
	evaluate: 'assess',
	evaluated: 'assess',
	evaluation: 'assess',
	reassess: 'assess',
	reassessed: 'assess',
	fed: 'train',
	feed: 'train',
	feeding: 'train',
	learn: 'train',
	learns: 'train',
	learned: 'train',
	learnt: 'train',
	apart: 'separate',
	separated: 'separate',
	separation: 'separate',
	segregated: 'separate',
	segregation: 'separate',
	segregate: 'separate',
	segmented: 'separate',
	segmentation: 'separate',
	weakness: 'vulnerability',
	weaknesses: 'vulnerability',
	flaw: 'vulnerability',
	flaws: 'vulnerability',
	exploit: 'vulnerability',
	exploits: 'vulnerability',
	watch: 'monitor',
	watching: 'monitor',
	watches: 'monitor',
	watched: 'monitor',
	monitored: 'monitor',
	monitoring: 'monitor',
	monitors: 'monitor',
	soc: 'monitor',
	hear: 'notification',
	alerted: 'notification',
	warn: 'notification',
	warned: 'notification',
	restore: 'recover',
	restored: 'recover',
	restoring: 'recover',
	restoration: 'recover',
	recovery: 'recover',
	recovered: 'recover',
	failover: 'dr',
	failovers: 'dr',
	administrator: 'admin',
	administrators: 'admin',
	admins: 'admin',
	administrative: 'admin',
	screened: 'screen',
	screening: 'screen',
	usable: 'accessibility',
	usability: 'accessibility',
	accessible: 'accessibility',
	wcag: 'accessibility',
	outages: 'availability',
	downtime: 'availability',
	keep: 'retain',
	keeps: 'retain',
	uploaded: 'upload',
	uploads: 'upload',
	uploading: 'upload',
	submit: 'upload',
	submitted: 'upload',
	job: 'role',
	jobs: 'role',
	roles: 'role',
	limit: 'restrict',
	limits: 'restrict',
	limited: 'restrict',
	limiting: 'restrict',
	restricted: 'restrict',
	restricts: 'restrict',
	restriction: 'restrict',
	restrictions: 'restrict',
	viewed: 'access',
	views: 'access',
	edited: 'change',
	edit: 'change',
	edits: 'change',
	modified: 'change',
	modify: 'change',
	modification: 'change',
	modifications: 'change',
	alter: 'change',
	alters: 'change',
	altered: 'change',
	altering: 'change',
	changed: 'change',
	notice: 'notification',
	notices: 'notification',
	reject: 'decline',
	rejects: 'decline',
	rejected: 'decline',
	declines: 'decline',
	declined: 'decline',
	refuse: 'decline',
	stop: 'prevent',
	stops: 'prevent',
	stopping: 'prevent',
	prevents: 'prevent',
	preventing: 'prevent',
	prevention: 'prevent',
	main: 'primary',
	principal: 'primary',
	developer: 'engineer',
	developers: 'engineer',
	engineers: 'engineer',
	programmers: 'engineer',
	engage: 'add',
	engaging: 'add',
	engaged: 'add',
	adding: 'add',
	added: 'add',
	adds: 'add',
	ship: 'deploy',
	ships: 'deploy',
	shipped: 'deploy',
	shipping: 'deploy',
	multifactor: 'mfa',
	totp: 'mfa',
	authenticator: 'mfa',
	yubikey: 'mfa',
	transport: 'intransit',
	transit: 'intransit',
	transmission: 'intransit',
	transmitted: 'intransit',
	ssl: 'tls',
	employee: 'staff',
	employees: 'staff',
	personnel: 'staff',
	workforce: 'staff',
	workers: 'staff',
	contractors: 'staff',
	client: 'customer',
	clients: 'customer',
	tenant: 'customer',
	tenants: 'customer',
	customers: 'customer',
	organization: 'organisation',
	organizations: 'organisation',
	company: 'organisation',
	firm: 'organisation',
	business: 'organisation',
	retention: 'retain',
	retained: 'retain',
	retaining: 'retain',
	deletion: 'delete',
	erasure: 'delete',
	erase: 'delete',
	purge: 'delete',
	destroyed: 'delete',
	destruction: 'delete',
	disposal: 'delete',
	storage: 'store',
	stored: 'store',
	stores: 'store',
	storing: 'store',
	hosted: 'host',
	hosting: 'host',
	hosts: 'host',
	reside: 'store',
	resides: 'store',
	residency: 'store',
	located: 'location',
	locations: 'location',
	region: 'location',
	regions: 'location',
	country: 'location',
	countries: 'location',
	geographic: 'location',
	vulnerabilities: 'vulnerability',
	vuln: 'vulnerability',
	vulns: 'vulnerability',
	cve: 'vulnerability',
	cves: 'vulnerability',
	patches: 'patch',
	patching: 'patch',
	patched: 'patch',
	logs: 'log',
	logging: 'log',
	logged: 'log',
	backups: 'backup',
	backed: 'backup',
	certificate: 'certify',
	certificates: 'certify',
	certification: 'certify',
	certifications: 'certify',
	certified: 'certify',
	accredited: 'certify',
	attestation: 'certify',
	attestations: 'certify',
	genai: 'llm',
	chatbot: 'llm',
	chatbots: 'llm',
	copilot: 'llm',
	ml: 'ai',
	model: 'ai',
	models: 'ai',
	training: 'train',
	trained: 'train',
	fine: 'train',
	tune: 'train',
	tuning: 'train',
	tuned: 'train',
	finetune: 'train',
	encrypted: 'encrypt',
	encryption: 'encrypt',
	encrypts: 'encrypt',
	encrypting: 'encrypt',
	cryptography: 'encrypt',
	cryptographic: 'encrypt',
	aes: 'encrypt',
	authenticate: 'authentication',
	login: 'authentication',
	logon: 'authentication',
	signin: 'authentication',
	permissions: 'access',
	// “Are we permitted to run our own test?” asks what “Can we …?” and “Do you allow …?” ask.
	permit: 'allow',
	permits: 'allow',
	permitted: 'allow',
	ownership: 'owns',
	entitlements: 'access',
	authorization: 'access',
	authorisation: 'access',
	notify: 'notification',
	notified: 'notification',
	notifying: 'notification',
	inform: 'notification',
	informed: 'notification',
	uptime: 'availability',
	sla: 'availability',
	outage: 'availability',
	contract: 'agreement',
	contracts: 'agreement',
	contractual: 'agreement',
	agreements: 'agreement',
	clauses: 'agreement',
	accountable: 'accountable',
	accountability: 'accountable',
	scrambled: 'encrypted',
	scramble: 'encrypt',
	workstation: 'laptop',
	workstations: 'laptop',
	desktops: 'laptop',
	respond: 'response',
	responds: 'response',
	responding: 'response',
	responded: 'response',
	responsible: 'accountable',
	responsibility: 'accountable',
	responsibilities: 'accountable',
	hallucinating: 'accuracy',
	hallucinate: 'accuracy',
	fabricated: 'accuracy',
	fabricate: 'accuracy',
	fabrication: 'accuracy',
	confabulation: 'accuracy',
	register: 'inventory',
	registry: 'inventory',
	catalogue: 'inventory',
	catalog: 'inventory',
	reduce: 'mitigate',
	reduces: 'mitigate',
	reducing: 'mitigate',
	minimise: 'mitigate',
	minimize: 'mitigate',
	mitigation: 'mitigate',
	mitigating: 'mitigate',
	address: 'mitigate',
	tackle: 'mitigate',
	remediation: 'mitigate',
	detect: 'identify',
	detection: 'identify',
	detecting: 'identify',
	identification: 'identify',
	discover: 'identify',
	spot: 'identify',
	mandatory: 'require',
	required: 'require',
	requires: 'require',
	compulsory: 'require',
	obligatory: 'require',
	enforce: 'require',
	enforced: 'require',
	enforces: 'require',
	enforcing: 'require',
	quickly: 'timeline',
	quick: 'timeline',
	promptly: 'timeline',
	fast: 'timeline',
	timeframe: 'timeline',
	timeframes: 'timeline',
	timelines: 'timeline',
	deadline: 'timeline',
	soon: 'timeline',
	know: 'disclose',
	tell: 'disclose',
	told: 'disclose',
	disclosure: 'disclose',
	disclosed: 'disclose',
	aware: 'disclose',
	label: 'disclose',
	labelled: 'disclose',
	labeled: 'disclose',
	marked: 'disclose',
	talking: 'interact',
	talk: 'interact',
	interacting: 'interact',
	interaction: 'interact',
	chatting: 'interact',
	conversing: 'interact',
	kept: 'retain',
	used: 'use',
	uses: 'use',
	using: 'use',
	usage: 'use',
	utilise: 'use',
	utilize: 'use',
	utilised: 'use',
	utilized: 'use',
	leverage: 'use',
	termination: 'end',
	terminate: 'end',
	terminated: 'end',
	ends: 'end',
	ended: 'end',
	expiry: 'end',
	expiration: 'end',
	offboarding: 'end',
	exit: 'end',
	cancellation: 'end',
	returned: 'return',
	returning: 'return',
	export: 'return',
	exported: 'return',
	portability: 'return',
	recent: 'latest',
	last: 'latest',
	newest: 'latest',
	current: 'latest',
	share: 'provide',
	send: 'provide',
	supply: 'provide',
	furnish: 'provide',
	bias: 'fairness',
	biased: 'fairness',
	discrimination: 'fairness',
	discriminatory: 'fairness',
	fair: 'fairness',
	explainable: 'explainability',
	explanation: 'explainability',
	explanations: 'explainability',
	interpretability: 'explainability',
	transparent: 'transparency',
	human: 'oversight',
	humans: 'oversight',
	override: 'oversight',
	loop: 'oversight',
	catastrophe: 'disaster',
	catastrophic: 'disaster',
	guarantee: 'commit',
	guarantees: 'commit',
	guaranteed: 'commit',
	install: 'deploy',
	installs: 'deploy',
	installed: 'deploy',
	installation: 'deploy',
	installable: 'deploy',
	effect: 'impact',
	effects: 'impact',
	flag: 'report',
	flags: 'report',
	flagged: 'report',
	issue: 'problem',
	issues: 'problem',
	rectification: 'correction',
	rectify: 'correction',
	oversee: 'oversight',
	oversees: 'oversight',
	overseen: 'oversight',
	overseeing: 'oversight',
	unpatched: 'vulnerability',
	functionality: 'feature',
	functionalities: 'feature',
	hack: 'breach',
	hacked: 'breach',
	hacks: 'breach',
	hackers: 'attacker',
	hacker: 'attacker',
	attackers: 'attacker',
	kms: 'key',
	hsm: 'key',
	hsms: 'key',
	taught: 'training',
	teach: 'training',
	teaches: 'training',
	wipe: 'delete',
	wipes: 'delete',
	wiped: 'delete',
	wiping: 'delete',
	erased: 'delete',
	erases: 'delete',
	erasing: 'delete',
	hallucination: 'accuracy',
	hallucinations: 'accuracy',
	accurate: 'accuracy',
	inaccurate: 'accuracy',
	redundancy: 'redundant',
	redundancies: 'redundant',
	// “violation” stems apart from “violate”: one word for breaking a rule.
	violate: 'violation',
	violates: 'violation',
	violated: 'violation',
	violating: 'violation',
	violations: 'violation',
};

/**
 * Words every questionnaire uses and no answer is about (“Do you have a documented process in
 * place to ensure…”): they still count, at a small fixed weight, so they neither make two
 * questions look alike nor push a paraphrase below the threshold.
 */
export const FILLER = new Set(
	'walk tomorrow between based ability abilities possible option options alternative alternatives capability capabilities capable incorporate incorporates incorporated execute executed countersign named designated physically logically industry high higher highest level levels least such like leading best strong robust appropriate adequate get gets receive receives complete completes attend attends rely relie depend frequent frequency often integration integrate ensure ensur documented document process procedure practice place currently use using utiliz utilis employ support offer perform conduct maintain maintained establish established formal formally appropriate applicable relevant regular regularly periodic periodically available availab able allow enable provid exist implement implemented specific standard approach measure measures mechanism mechanisms method methods way ways program programme plan plans organisation data system service services solution product products information user users account accounts see seen look looks looked get got take takes taken run runs go goes going put need needs needed part parts thing things make makes making made help helps come comes give gives happen happens full one every outside handle handles handled handling check checks checked kind kinds type types sort case cases step steps done actually really sure able exactly particular whole want wants basis willing eg ie etc obtain prior might due along today deal achieve granular granularity question questions matter matters inquiry inquiries enquiry enquiries total manner interval intervals thereafter now proposed according accordance percentage percent necessary someone somebody something anyone anybody anything everyone everybody everything whenever normal usual'
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
	// remediate, remediated, remediating and remediation meet (remedi), as do isolate and
	// isolation, authenticate and authentication: the verb in -ate and its noun in -ation.
	const ate = w.match(/^(.{4,})(?:ate|ated|ates|ating|ations?)$/);
	if (ate) return spelling(ate[1]!);
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
		w = w.slice(0, -1);
	// (-ation and -ations are read with -ate, above.)
	for (const suffix of ['ions', 'ion', 'ments', 'ment', 'ing', 'ed', 'ly', 'er', 'e']) {
		const shortest = SHORTEST_STEM[suffix] ?? 4;
		if (w.endsWith(suffix) && w.length - suffix.length >= shortest) {
			const base = w.slice(0, -suffix.length);
			if (suffix !== 'ing' && suffix !== 'ed') return spelling(base);
			// scanning, scanned → scan; logged → log (but pass, install, stall keep theirs).
			const verb = /([bdgmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
			// What is left is read once more: transferred → transfer → transf, as transfers is.
			return verb.length > 4 ? stem(verb) : spelling(verb);
		}
	}
	return spelling(w);
}

/** American -ize and -yze as British -ise and -yse (“centralized”, “centralised” → centralis). */
function spelling(stemmed: string): string {
	return stemmed.replace(/([iy])z$/, '$1s');
}

/**
 * Lower-case text with its contractions spelt out: “don't” is “do not”; “we're”, “you've”,
 * “it'd” lose their ending.
 */
export function withoutContractions(lower: string): string {
	return lower
		.replace(/\bcan['’]t\b/g, 'can not')
		.replace(/\bwon['’]t\b/g, 'will not')
		.replace(/n['’]t\b/g, ' not')
		.replace(/['’](?:re|ve|ll|d|m)\b/g, '');
}

/** Words of a text, lower case, known phrases reduced to one token. */
export function words(text: string): string[] {
	let lower = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	lower = withoutContractions(lower);
	// Letters spelt out one by one (“D-U-N-S”, “A.I.”) are one word, not four dropped letters.
	lower = lower.replace(/\b[a-z](?:[-.][a-z]\b)+\.?/g, (m) => m.replace(/[-.]/g, ''));
	for (const [phrase, token] of PHRASES) lower = lower.replace(phrase, token);
	return (lower.match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [])
		.flatMap((w) => w.replace(/'s$/, '').split(/[-']/))
		.map((w) => SYNONYMS[w] ?? w);
}

/** One word as an index term, or null for a stop word. */
export function term(word: string): string | null {
	const w = word.toLowerCase();
	// Bare numbers (“TLS 1.2”, “AES-256”, “72 hours”) are left to the words around them.
	return STOP_WORDS.has(w) || w.length < 2 || /^\d+$/.test(w) ? null : stem(w);
}

/** The distinct content terms of a text. */
export function termSet(text: string): Set<string> {
	return new Set(
		words(text)
			.map(term)
			.filter((t): t is string => t !== null),
	);
}
