/**
 * ISO/IEC 42001:2023 clauses 4–10: the auditable requirements of the management system.
 * Identifiers and titles only. Note 10.1 is continual improvement and 10.2 nonconformity:
 * several public lists swap them. Pinned by tests/unit/reference.test.ts.
 */
export const CLAUSES = [
	{ id: '4.1', title: 'Understanding the organization and its context' },
	{ id: '4.2', title: 'Understanding the needs and expectations of interested parties' },
	{ id: '4.3', title: 'Determining the scope of the AI management system' },
	{ id: '4.4', title: 'AI management system' },
	{ id: '5.1', title: 'Leadership and commitment' },
	{ id: '5.2', title: 'AI policy' },
	{ id: '5.3', title: 'Roles, responsibilities and authorities' },
	{ id: '6.1.1', title: 'Actions to address risks and opportunities — General' },
	{ id: '6.1.2', title: 'AI risk assessment' },
	{ id: '6.1.3', title: 'AI risk treatment' },
	{ id: '6.1.4', title: 'AI system impact assessment' },
	{ id: '6.2', title: 'AI objectives and planning to achieve them' },
	{ id: '6.3', title: 'Planning of changes' },
	{ id: '7.1', title: 'Resources' },
	{ id: '7.2', title: 'Competence' },
	{ id: '7.3', title: 'Awareness' },
	{ id: '7.4', title: 'Communication' },
	{ id: '7.5.1', title: 'Documented information — General' },
	{ id: '7.5.2', title: 'Creating and updating documented information' },
	{ id: '7.5.3', title: 'Control of documented information' },
	{ id: '8.1', title: 'Operational planning and control' },
	{ id: '8.2', title: 'AI risk assessment' },
	{ id: '8.3', title: 'AI risk treatment' },
	{ id: '8.4', title: 'AI system impact assessment' },
	{ id: '9.1', title: 'Monitoring, measurement, analysis and evaluation' },
	{ id: '9.2.1', title: 'Internal audit — General' },
	{ id: '9.2.2', title: 'Internal audit programme' },
	{ id: '9.3.1', title: 'Management review — General' },
	{ id: '9.3.2', title: 'Management review inputs' },
	{ id: '9.3.3', title: 'Management review results' },
	{ id: '10.1', title: 'Continual improvement' },
	{ id: '10.2', title: 'Nonconformity and corrective action' },
] as const;
