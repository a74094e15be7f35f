/** Sales of one channel (PC, mobile, …) in fen. */
export interface ChannelSales {
  channel: string;
  amount: number;
}

export interface TargetReportInput {
  /** Target revenue of the period, fen. */
  target: number;
  /** Actual sales by channel, fen; their sum is the actual. */
  channels: readonly ChannelSales[];
  /** Visitors and orders of the period, for the conversion rate. */
  visitors?: number;
  orders?: number;
}

export interface TargetReport {
  target: number;
  actual: number;
  /** actual − target: negative when short of the target. */
  gap: number;
  /** Actual as a share of the target in tenths of a percent, rounded half-up: 853 = 85.3%. */
  attainmentPermille: number;
  /** The same, as shown: `85.3%`. */
  attainment: string;
  /** Each channel with its share of the actual in tenths of a percent. */
  channels: (ChannelSales & { sharePermille: number })[];
  /** Orders per visitor in hundredths of a percent (1345 = 13.45%), when both are given. */
  conversionBasisPoints?: number;
}

/**
 * E7: target against actual for a period. Shares are integer ratios rounded half-up, so the
 * report reads the same wherever it is computed: 5.8 million against 6.8 million → 85.3%.
 */
export function targetReport(input: TargetReportInput): TargetReport {
  if (!Number.isInteger(input.target) || input.target <= 0) {
    throw new RangeError(`target must be a positive integer of fen, got ${input.target}`);
  }
  const actual = input.channels.reduce((sum, channel) => sum + channel.amount, 0);
  const attainmentPermille = ratioHalfUp(actual, input.target, 1000);
  const report: TargetReport = {
    target: input.target,
    actual,
    gap: actual - input.target,
    attainmentPermille,
    attainment: `${(attainmentPermille / 10).toFixed(1)}%`,
    channels: input.channels.map((channel) => ({
      ...channel,
      sharePermille: actual === 0 ? 0 : ratioHalfUp(channel.amount, actual, 1000),
    })),
  };
  if (input.visitors !== undefined && input.orders !== undefined && input.visitors > 0) {
    report.conversionBasisPoints = ratioHalfUp(input.orders, input.visitors, 10000);
  }

  return report;
}

/** round(part × scale / whole), half-up, exact for safe integers. */
function ratioHalfUp(part: number, whole: number, scale: number): number {
  const scaled = BigInt(part) * BigInt(scale) * 2n + BigInt(whole);

  return Number(scaled / (2n * BigInt(whole)));
}
