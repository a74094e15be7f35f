import type { Fen } from '../types/index.js';

/** 59899 → "598.99"; -500 → "-5.00". Display only: amounts stay integer fen. */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan}.${cents}`;
}
