/** A workload size: campaigns every context considers, plus ones none does. */
export interface Size {
  label: string;
  inScope: number;
  outOfScope: number;
}

export const SIZES: readonly Size[] = [
  { label: '20', inScope: 20, outOfScope: 0 },
  { label: '200', inScope: 200, outOfScope: 0 },
  { label: '2000', inScope: 2000, outOfScope: 0 },
  { label: '2000/200', inScope: 200, outOfScope: 1800 },
];

export function sizeByLabel(label: string): Size {
  const size = SIZES.find((each) => each.label === label);
  if (!size) {
    throw new RangeError(
      `unknown size ${label}: use one of ${SIZES.map((s) => s.label).join(', ')}`,
    );
  }

  return size;
}

/** Seeds: campaigns and timing contexts, and a separate stream for the agreement check. */
export const CAMPAIGN_SEED = 20261111;
export const TIMING_CONTEXT_SEED = 11;
export const AGREEMENT_CONTEXT_SEED = 1111;
