/** A voucher that could be used now, with when it stops being usable. */
export interface UsableVoucher {
  id: string;
  kind: string;
  value: number;
  expiresAtMs: number;
}

/**
 * The vouchers with the largest total not above `cap`, each used whole. Among equal totals the
 * choice prefers vouchers that expire sooner (then the smaller id), so the customer keeps the
 * longer-lived ones. A subset-sum table over the amounts, divided by their common divisor,
 * keeps this exact and small (vouchers come in round face values).
 */
export function chooseVouchers(vouchers: readonly UsableVoucher[], cap: number): UsableVoucher[] {
  const sorted = [...vouchers]
    .filter((voucher) => voucher.value > 0 && voucher.value <= cap)
    .sort((a, b) => a.expiresAtMs - b.expiresAtMs || (a.id < b.id ? -1 : 1));
  const total = sorted.reduce((sum, voucher) => sum + voucher.value, 0);
  if (total <= cap) return sorted;

  const unit = sorted.reduce((divisor, voucher) => gcd(divisor, voucher.value), 0);
  const limit = Math.floor(cap / unit);
  const units = sorted.map((voucher) => voucher.value / unit);
  // reachable[i][s]: some subset of vouchers i… sums to s units.
  const reachable: Uint8Array[] = new Array(units.length + 1);
  reachable[units.length] = Uint8Array.from({ length: limit + 1 }, (_, s) => (s === 0 ? 1 : 0));
  for (let i = units.length - 1; i >= 0; i -= 1) {
    const next = reachable[i + 1] as Uint8Array;
    const row = next.slice();
    const size = units[i] as number;
    for (let s = size; s <= limit; s += 1) if (next[s - size]) row[s] = 1;
    reachable[i] = row;
  }

  let remaining = limit;
  while (remaining > 0 && !(reachable[0] as Uint8Array)[remaining]) remaining -= 1;
  const chosen: UsableVoucher[] = [];
  units.forEach((size, i) => {
    if (size <= remaining && (reachable[i + 1] as Uint8Array)[remaining - size]) {
      chosen.push(sorted[i] as UsableVoucher);
      remaining -= size;
    }
  });

  return chosen;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
