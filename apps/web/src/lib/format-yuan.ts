/** Integer fen shown as yuan with two decimals and the ¥ sign: 59899 → `¥598.99`. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');

  return `${sign}¥${yuan}.${cents}`;
}

/** Yuan typed by a person (e.g. 199.9) to integer fen, rounding away float noise. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function fenToYuan(fen: number): number {
  return fen / 100;
}
