import type { Product, Vec3 } from '../model/index.ts';

// Its own module, free of three: the element's public typings name it, and a page's TypeScript
// must not need three's types to check them.

/** `detail` of the `planchange` event. */
export interface PlanChangeDetail {
  /** The explicit injection sites (head frame, mm), or null when the plan is the area's grid again. */
  sites: Vec3[] | null;
  product: Product;
  spacingMm: number;
  sessions: number[];
}
