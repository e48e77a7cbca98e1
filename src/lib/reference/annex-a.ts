/**
 * ISO/IEC 42001:2023 Annex A: the 38 reference controls in 9 objectives.
 * Identifiers and titles only (ISO's text is copyrighted; authors write their own descriptions).
 * Source: ISO/IEC 42001:2023 Annex A, as listed in shared/domain/iso42001-annex-a.tsv; pinned by
 * tests/unit/reference.test.ts.
 */

export const ANNEX_A_OBJECTIVES = [
	{ id: 'A.2', title: 'Policies related to AI' },
	{ id: 'A.3', title: 'Internal organization' },
	{ id: 'A.4', title: 'Resources for AI systems' },
	{ id: 'A.5', title: 'Assessing impacts of AI systems' },
	{ id: 'A.6', title: 'AI system life cycle' },
	{ id: 'A.7', title: 'Data for AI systems' },
	{ id: 'A.8', title: 'Information for interested parties of AI systems' },
	{ id: 'A.9', title: 'Use of AI systems' },
	{ id: 'A.10', title: 'Third-party and customer relationships' },
] as const;

export const ANNEX_A_CONTROLS = [
	{ id: 'A.2.2', objective: 'A.2', title: 'AI policy' },
	{ id: 'A.2.3', objective: 'A.2', title: 'Alignment with other organizational policies' },
	{ id: 'A.2.4', objective: 'A.2', title: 'Review of the AI policy' },
	{ id: 'A.3.2', objective: 'A.3', title: 'AI roles and responsibilities' },
	{ id: 'A.3.3', objective: 'A.3', title: 'Reporting of concerns' },
	{ id: 'A.4.2', objective: 'A.4', title: 'Resource documentation' },
	{ id: 'A.4.3', objective: 'A.4', title: 'Data resources' },
	{ id: 'A.4.4', objective: 'A.4', title: 'Tooling resources' },
	{ id: 'A.4.5', objective: 'A.4', title: 'System and computing resources' },
	{ id: 'A.4.6', objective: 'A.4', title: 'Human resources' },
	{ id: 'A.5.2', objective: 'A.5', title: 'AI system impact assessment process' },
	{ id: 'A.5.3', objective: 'A.5', title: 'Documentation of AI system impact assessments' },
	{
		id: 'A.5.4',
		objective: 'A.5',
		title: 'Assessing AI system impact on individuals or groups of individuals',
	},
	{ id: 'A.5.5', objective: 'A.5', title: 'Assessing societal impacts of AI systems' },
	{ id: 'A.6.1.2', objective: 'A.6', title: 'Objectives for responsible development of AI system' },
	{
		id: 'A.6.1.3',
		objective: 'A.6',
		title: 'Processes for responsible AI system design and development',
	},
	{ id: 'A.6.2.2', objective: 'A.6', title: 'AI system requirements and specification' },
	{ id: 'A.6.2.3', objective: 'A.6', title: 'Documentation of AI system design and development' },
	{ id: 'A.6.2.4', objective: 'A.6', title: 'AI system verification and validation' },
	{ id: 'A.6.2.5', objective: 'A.6', title: 'AI system deployment' },
	{ id: 'A.6.2.6', objective: 'A.6', title: 'AI system operation and monitoring' },
	{ id: 'A.6.2.7', objective: 'A.6', title: 'AI system technical documentation' },
	{ id: 'A.6.2.8', objective: 'A.6', title: 'AI system recording of event logs' },
	{ id: 'A.7.2', objective: 'A.7', title: 'Data for development and enhancement of AI system' },
	{ id: 'A.7.3', objective: 'A.7', title: 'Acquisition of data' },
	{ id: 'A.7.4', objective: 'A.7', title: 'Quality of data for AI systems' },
	{ id: 'A.7.5', objective: 'A.7', title: 'Data provenance' },
	{ id: 'A.7.6', objective: 'A.7', title: 'Data preparation' },
	{ id: 'A.8.2', objective: 'A.8', title: 'System documentation and information for users' },
	{ id: 'A.8.3', objective: 'A.8', title: 'External reporting' },
	{ id: 'A.8.4', objective: 'A.8', title: 'Communication of incidents' },
	{ id: 'A.8.5', objective: 'A.8', title: 'Information for interested parties' },
	{ id: 'A.9.2', objective: 'A.9', title: 'Processes for responsible use of AI systems' },
	{ id: 'A.9.3', objective: 'A.9', title: 'Objectives for responsible use of AI system' },
	{ id: 'A.9.4', objective: 'A.9', title: 'Intended use of the AI system' },
	{ id: 'A.10.2', objective: 'A.10', title: 'Allocating responsibilities' },
	{ id: 'A.10.3', objective: 'A.10', title: 'Suppliers' },
	{ id: 'A.10.4', objective: 'A.10', title: 'Customers' },
] as const;
