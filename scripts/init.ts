/**
 * `npm run init -- <dir> [--name <organisation>] [--domain <domain>] [--owner <name>]`: starts a
 * content folder for your own organisation (src/cli/scaffold/init.ts), with nothing of the
 * example. Refuses to write into a folder that already holds content. Then:
 *   npm run check -- --content <dir>   and   npm run build -- --content <dir>
 * Exit 0 when written, 1 when refused, 2 on bad usage.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCli, usageError, type CommandSpec } from '../src/cli/args.ts';
import { writeAll } from '../src/cli/import/write.ts';
import { todayUtc } from '../src/lib/pipeline.ts';
import { initContent, isExampleLogo, placeholderLogo } from '../src/cli/scaffold/init.ts';

const command: CommandSpec = {
	name: 'init',
	summary:
		'start a content folder for your own organisation: the organisation, one owner, and the Statement of Applicability as planned',
	usage: ['<dir> [--name <organisation>] [--domain <domain>] [--owner <name>]'],
	positionals: { min: 1, max: 1 },
	options: {
		name: {
			type: 'string',
			value: '<organisation>',
			default: 'My Organisation',
			description: 'organisation name, as buyers know it',
		},
		domain: {
			type: 'string',
			value: '<domain>',
			default: 'example.com',
			description:
				'internet domain; contacts (security@, privacy@, ai-governance@) and site addresses are made from it',
		},
		owner: {
			type: 'string',
			value: '<name>',
			default: 'AIMS Owner',
			description: 'name of the person who owns the AI management system',
		},
		'owner-title': {
			type: 'string',
			value: '<title>',
			default: 'Head of AI Governance',
			description: 'their job title',
		},
		'owner-email': {
			type: 'string',
			value: '<email>',
			description: 'their e-mail (default ai-governance@<domain>)',
		},
		'as-of': {
			type: 'string',
			value: '<YYYY-MM-DD>',
			description: 'date of the review stamped on each line (default today, or AIMS_AS_OF)',
		},
	},
	notes: [
		'Example, replacing the example organisation:',
		'  rm -rf src/content && npm run init -- src/content --name "Acme" --domain acme.example --owner "Ada Lovelace"',
		'Exit 0 when written, 1 when the folder already holds content, 2 on bad usage.',
	],
};

const { values, positionals } = parseCli(command);
const dir = resolve(positionals[0]!);
const domain = values.domain as string;
if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain))
	usageError(command, `--domain must be a domain such as acme.example, not "${domain}"`);
const asOf = (values['as-of'] as string | undefined) ?? process.env.AIMS_AS_OF ?? todayUtc();
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
	usageError(command, `--as-of must be a date YYYY-MM-DD, not "${asOf}"`);
const email = values['owner-email'] as string | undefined;
if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
	usageError(command, `--owner-email must be an e-mail address, not "${email}"`);

const shown = relative(process.cwd(), dir) || '.';
if (existsSync(dir) && readdirSync(dir).some((name) => !name.startsWith('.'))) {
	console.error(
		`${shown}: already holds content; nothing was written. Give a new or empty folder (to replace the example: rm -rf src/content first).`,
	);
	process.exit(1);
}
const files = initContent({
	name: values.name as string,
	domain,
	owner: { name: values.owner as string, title: values['owner-title'] as string, email },
	asOf,
});
writeAll(files.map((f) => ({ path: join(dir, f.path), content: f.content })));
// The logo is a site file (public/), beside the project's own, and never replaces one.
const logo = placeholderLogo(values.name as string);
const logoPath = join(process.cwd(), 'public', logo.path);
if (!existsSync(logoPath)) writeAll([{ path: logoPath, content: logo.content }]);
// In place of the example (src/content), the example's own logo goes too: public/ is copied
// into every site, so the new sites would otherwise still publish it. Any other logo stays.
const exampleLogo = join(process.cwd(), 'public', 'logo.svg');
const replacesExample =
	resolve(dir) === resolve(process.cwd(), 'src/content') &&
	existsSync(exampleLogo) &&
	isExampleLogo(readFileSync(exampleLogo));
if (replacesExample) rmSync(exampleLogo);
const flag = shown === 'src/content' ? '' : ` --content ${shown}`;
console.log(`Created ${shown}/ for ${values.name}: the organisation, one owner (${files[1]!.path}), and ${files.length - 2} Statement of Applicability lines as planned.
Next:
  npm run new -- system "Your first AI system"${flag}
  npm run check${flag ? ` --${flag}` : ''}
  npm run build${flag ? ` --${flag}` : ''}
Edit ${shown}/organization/organization.yaml (tagline, colours, scope, addresses) before you publish,
and replace the placeholder logo public/${logo.path} with your own.${replacesExample ? "\nThe example's logo, public/logo.svg, was removed." : ''}`);
