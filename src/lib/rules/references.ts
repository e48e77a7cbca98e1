import { canRead } from '../audiences.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { findReferences, moreRestricted } from '../schemas/walk.ts';
import { closest } from '../diagnostics.ts';
import { at, type Rule } from './context.ts';

/**
 * Every reference resolves, and no entry shows a reader a reference to something that reader
 * may not see. Astro's `reference()` does not fail the build on a dangling link, so we do.
 */
export const references: Rule = (context) =>
	context.entries.flatMap((entry) =>
		findReferences(COLLECTIONS[entry.collection].schema, entry.data).flatMap(
			({ path, collection, id, restrictedTo }) => {
				const target = context.get(collection, id);
				if (!target) {
					const guess = closest(
						id,
						context.all(collection).map((e) => e.id),
					);
					return [
						at(
							entry,
							path,
							'reference',
							`points to "${id}", which is not in ${collection}${guess ? `; did you mean "${guess}"?` : ''}`,
							guess
								? `write "${guess}"`
								: `create ${context.contentFile(collection, `${id}.yaml`)} (or .md), or correct the identifier`,
						),
					];
				}
				// The field is shown to readers of the entry's audience, unless the field itself is restricted further.
				const shownTo = moreRestricted(entry.data.audience, restrictedTo)!;
				if (!canRead(shownTo, target.data.audience)) {
					return [
						at(
							entry,
							path,
							'reference-audience',
							`this ${shownTo} field points to ${collection}/${id}, which is ${target.data.audience}: ${shownTo} readers would see a link to something they may not read`,
							`make ${target.file} ${shownTo} (audience: ${shownTo}), or make this entry ${target.data.audience}, or remove the reference`,
						),
					];
				}
				return [];
			},
		),
	);
