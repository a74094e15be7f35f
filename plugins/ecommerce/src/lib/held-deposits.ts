import type { EvaluationView, HeldVoucher, LineView } from '@campaign-studio/sdk';

/** Line attribute naming the deposit (a held voucher's id) paid for this line's item. */
export const DEPOSIT_ATTRIBUTE = 'presaleDeposit';

/** A deposit the customer holds, still unused, and the line it is for. */
export interface LineDeposit {
  line: LineView;
  deposit: HeldVoucher;
}

/**
 * E8: the unused deposits of `kind` named by the given lines. A deposit is a voucher whose
 * value is what the customer paid; each counts once, for the first line that names it.
 */
export function heldDeposits(
  view: EvaluationView,
  lineIds: readonly string[],
  kind: string,
): LineDeposit[] {
  const allowed = new Set(lineIds);
  const byId = new Map(
    (view.context.vouchers ?? [])
      .filter((voucher) => voucher.kind === kind && view.instrumentAvailable(voucher.id))
      .map((voucher) => [voucher.id, voucher]),
  );
  const found: LineDeposit[] = [];
  for (const line of view.lines) {
    const id = line.line.attributes?.[DEPOSIT_ATTRIBUTE];
    const deposit = typeof id === 'string' ? byId.get(id) : undefined;
    if (!deposit || !allowed.has(line.line.id)) continue;
    byId.delete(deposit.id);
    found.push({ line, deposit });
  }

  return found;
}
