import type { Fen } from '../types/index.js';

/** 59899 → "598.99"; -500 → "-5.00". Display only: amounts stay integer fen. */
export function formatYuan(fen: Fen): string {
  // Explanations format a few hundred amounts per evaluation: no padStart, no String().
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}${Math.floor(abs / 100)}.${cents < 10 ? '0' : ''}${cents}`;
}
