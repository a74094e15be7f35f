import { formatYuan } from '@campaign-studio/sdk';

/** How money reads in explanations: ¥598.99. */
export function yuan(fen: number): string {
  return `¥${formatYuan(fen)}`;
}
