/**
 * Paths that name a file of the site's public/ folder (the organisation's logo) must name one
 * that exists there: a missing logo is a broken image on every page. The real path must stay
 * inside public/, so a symlink cannot publish a file from elsewhere on the machine.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { at, type Rule } from './context.ts';

export const publicFiles: Rule = (context) =>
	context.all('organization').flatMap((org) => {
		const problem = publicFileProblem(context.root, org.data.logo);
		return problem
			? [
					at(
						org,
						['logo'],
						'public-file',
						problem,
						`put the file at public${org.data.logo}, or change logo to the path of a file under public/`,
					),
				]
			: [];
	});

/** Why `path` (site-relative, such as /logo.svg) does not name a file inside `<root>/public`. */
export function publicFileProblem(root: string, path: string): string | undefined {
	const folder = join(root, 'public');
	const file = join(folder, ...path.split('/').filter(Boolean));
	try {
		const real = realpathSync(file);
		if (!real.startsWith(realpathSync(folder) + sep))
			return `${path} leads outside public/ (it is a link to a file elsewhere)`;
		if (!statSync(real).isFile()) return `${path} is a folder under public/, not a file`;
		return undefined;
	} catch {
		return `${path} does not exist under public/`;
	}
}
