/**
 * Package URLs (https://github.com/package-url/purl-spec) for the ML-BOM, the identifier SBOM
 * platforms such as Dependency-Track match components on. A model hosted on the Hugging Face
 * Hub gets its registered type, `pkg:huggingface/<owner>/<name>@<revision>`; any other system
 * a `pkg:generic` named by its supplier and inventory identifier, so it is at least stable and
 * unique. Built with packageurl-js, which applies the spec's encoding and normalisation.
 */
import { PackageURL } from 'packageurl-js';
import type { ViewData } from '../views/audience.ts';

/** `Lexica AI` → `lexica-ai`: a purl namespace segment from a name. */
export function purlSegment(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function systemPurl(id: string, s: ViewData<'systems'>, organization: string): string {
	const version = s.model.version;
	if (s.model.huggingface) {
		const [owner, name] = s.model.huggingface.split('/') as [string, string];
		return new PackageURL('huggingface', owner, name, version).toString();
	}
	const supplier =
		s.supplier.type === 'in-house' || !s.supplier.vendor ? organization : s.supplier.vendor;
	return new PackageURL('generic', purlSegment(supplier) || undefined, id, version).toString();
}
