/**
 * A hyperscript helper for satori, which takes React-element-shaped objects
 * (`{ type, props: { style, children } }`) without needing React itself.
 */
export interface OgNode {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: OgChild | OgChild[];
		[key: string]: unknown;
	};
}
export type OgChild = OgNode | string;

export function h(
	type: string,
	style: Record<string, string | number>,
	...children: (OgChild | false | undefined)[]
): OgNode {
	const kept = children.filter((child): child is OgChild => child !== false && child !== undefined);
	// satori lays out every <div> with flexbox; a div with several children must say so.
	return {
		type,
		props: {
			style: type === 'div' ? { display: 'flex', ...style } : style,
			children: kept.length === 1 ? kept[0] : kept,
		},
	};
}
