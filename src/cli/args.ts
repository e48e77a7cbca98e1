/**
 * Argument parsing for every `npm run <command>`: `node:util` parseArgs plus a `--help` that
 * prints the command's usage, and a one-line error (exit 2) for anything it cannot take — an
 * unknown option, a missing value, a value outside its choices, a stray argument. Never a
 * stack trace.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
	type: 'string' | 'boolean';
	short?: string;
	/** A string option that may be given more than once (its value is then a list). */
	multiple?: boolean;
	default?: string | boolean;
	/** Placeholder shown in the help, for example `<dir>`. */
	value?: string;
	/** Allowed values of a string option, checked here. */
	choices?: readonly string[];
	description: string;
}

export interface CommandSpec {
	/** The npm script, for example `import`. */
	name: string;
	/** What the command does, one line. */
	summary: string;
	/** Usage lines after `npm run <name> --`, for example `inventory <file> [options]`. */
	usage: readonly string[];
	options: Record<string, OptionSpec>;
	/** How many positional arguments the command takes (default none). */
	positionals?: { min?: number; max?: number };
	/** Further lines for the help: exit codes, examples. */
	notes?: readonly string[];
}

type Values = Record<string, string | boolean | string[] | undefined>;

/** The help text of a command. */
export function helpText(spec: CommandSpec): string {
	const lines = [`npm run ${spec.name}: ${spec.summary}`, '', 'usage:'];
	for (const u of spec.usage) lines.push(`  npm run ${spec.name}${u ? ` -- ${u}` : ''}`);
	const options = Object.entries({
		...spec.options,
		help: { type: 'boolean', short: 'h', description: 'print this help' } as OptionSpec,
	});
	const label = ([name, o]: [string, OptionSpec]) =>
		`${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? (o.choices ? o.choices.join('|') : '<value>')}` : ''}${o.multiple ? ' …' : ''}`;
	const width = Math.max(...options.map((o) => label(o).length));
	lines.push('', 'options:');
	for (const option of options) {
		const [, o] = option;
		const fallback =
			o.default !== undefined && o.default !== false ? ` (default ${o.default})` : '';
		lines.push(`  ${label(option).padEnd(width)}  ${o.description}${fallback}`);
	}
	if (spec.notes?.length) lines.push('', ...spec.notes);
	return `${lines.join('\n')}\n`;
}

/** A usage error: one line on stderr naming the command and where to look, then exit 2. */
export function usageError(spec: Pick<CommandSpec, 'name'>, message: string): never {
	console.error(`npm run ${spec.name}: ${message} (see npm run ${spec.name} -- --help)`);
	process.exit(2);
}

/**
 * Parses `argv` by `spec`; prints the help and exits on --help, and exits 2 on a bad argument.
 * `V` names the values' types for the caller (parseArgs checks them; this does not re-check).
 */
export function parseCli<V = Values>(
	spec: CommandSpec,
	argv: readonly string[] = process.argv.slice(2),
): { values: V; positionals: string[] } {
	let parsed: { values: Values; positionals: string[] };
	try {
		const options = Object.fromEntries(
			Object.entries(spec.options).map(([name, o]) => [
				name,
				{
					type: o.type,
					...(o.short ? { short: o.short } : {}),
					...(o.multiple ? { multiple: true } : {}),
					...(o.default !== undefined ? { default: o.default } : {}),
				},
			]),
		);
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: { ...options, help: { type: 'boolean', short: 'h' } },
		}) as { values: Values; positionals: string[] };
	} catch (error) {
		// parseArgs explains itself well; only its first line, and without the error code.
		return usageError(
			spec,
			(error instanceof Error ? error.message : String(error))
				.split('\n')[0]!
				.replace(/^Unknown option/, 'unknown option'),
		);
	}
	if (parsed.values.help) {
		process.stdout.write(helpText(spec));
		process.exit(0);
	}
	for (const [name, o] of Object.entries(spec.options)) {
		for (const value of [parsed.values[name]].flat()) {
			if (o.choices && typeof value === 'string' && !o.choices.includes(value))
				usageError(spec, `--${name} must be one of ${o.choices.join(', ')}, not "${value}"`);
			if (o.type === 'string' && value === '') usageError(spec, `--${name} needs a value`);
		}
	}
	const { min = 0, max = 0 } = spec.positionals ?? {};
	if (parsed.positionals.length > max)
		usageError(spec, `unexpected argument "${parsed.positionals[max]}"`);
	if (parsed.positionals.length < min)
		usageError(spec, `missing argument; usage: npm run ${spec.name} -- ${spec.usage[0]}`);
	return parsed as { values: V; positionals: string[] };
}
