/**
 * The type of an entry's data as a reader sees it. `internalOnly()` and `privateOnly()` brand
 * the field's schema type with the audience it is restricted to, and `Redacted` follows the
 * schema: a field no reader of the view may read is absent from the type, and one that only
 * some of its readers may read (a trust page serves the public and the NDA site) is optional.
 * So a trust page that reads `system.riskLevel` does not compile, and one that reads a
 * private-only field must handle its absence. The runtime half is `redact()` in
 * src/lib/schemas/walk.ts, which the same marks drive.
 */
import type { z } from 'astro/zod';
import type { Audience } from '../audiences.ts';
import type { RESTRICTED } from '../schemas/fields.ts';

/** The audiences that may read a field restricted to `R`. */
type ReadersOf<R extends Audience> = R extends 'internal'
	? 'internal'
	: R extends 'private'
		? 'private' | 'internal'
		: Audience;

/** The restriction on a field's schema, looking through the wrappers `.optional()` and `.default()` add. */
type MarkOf<S> = S extends { readonly [RESTRICTED]: infer R extends Audience }
	? R
	: S extends
				| z.ZodOptional<infer I>
				| z.ZodDefault<infer I>
				| z.ZodNullable<infer I>
				| z.ZodReadonly<infer I>
				| z.ZodPrefault<infer I>
		? MarkOf<I>
		: never;

/** 'all' when every audience of the view may read the field, 'some', or 'none'. */
type Visibility<S, A extends Audience> = [MarkOf<S>] extends [never]
	? 'all'
	: [A] extends [ReadersOf<MarkOf<S>>]
		? 'all'
		: [Extract<A, ReadersOf<MarkOf<S>>>] extends [never]
			? 'none'
			: 'some';

/** The view type of a value of schema `S`, recursing into objects and arrays. */
type ViewOf<S, Out, A extends Audience> =
	S extends z.ZodObject<infer Shape>
		? ObjectView<Shape, Out, A>
		: S extends z.ZodArray<infer E>
			? Out extends readonly (infer O)[]
				? ViewOf<E, O, A>[]
				: Out
			: S extends
						| z.ZodOptional<infer I>
						| z.ZodDefault<infer I>
						| z.ZodNullable<infer I>
						| z.ZodReadonly<infer I>
						| z.ZodPrefault<infer I>
				? Out extends object
					? ViewOf<I, Out, A>
					: Out
				: Out;

type ObjectView<Shape, Out, A extends Audience> = Flatten<
	{
		[
			K in keyof Out as K extends keyof Shape
				? Visibility<Shape[K], A> extends 'all'
					? K
					: never
				: K
		]: K extends keyof Shape ? ViewOf<Shape[K], Out[K], A> : Out[K];
	} & {
		[
			K in keyof Out as K extends keyof Shape
				? Visibility<Shape[K], A> extends 'some'
					? K
					: never
				: never
		]?: K extends keyof Shape ? ViewOf<Shape[K], Out[K], A> : never;
	}
>;

type Flatten<T> = { [K in keyof T]: T[K] };

/** The data of an entry of schema `S` for a view read by audience(s) `A`. */
export type Redacted<S extends z.ZodType, A extends Audience> = ViewOf<S, z.output<S>, A>;
