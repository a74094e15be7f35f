import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/free-cheapest-table.json';
import type { FreeCheapestTableParams } from '../generated/free-cheapest-table.js';

/**
 * H5: a banquet of at least `minTables` tables gets its cheapest tables free. Tables are the
 * units of the banquet lines (a line per menu, quantity the tables); the free ones are taken
 * from the cheapest unit price up, ties to the earlier line.
 */
export const freeCheapestTable = defineBlock<FreeCheapestTableParams>({
  id: 'hotel.free-cheapest-table',
  kind: 'benefit',
  stage: 'line',
  group: 'price',
  label: { 'zh-CN': '满桌送最便宜一桌', en: 'Cheapest table free' },
  description: {
    'zh-CN': '宴会满一定桌数，最便宜的一桌（或几桌）免单',
    en: 'A banquet of enough tables gets its cheapest table(s) free',
  },
  paramsSchema: schema,
  examples: [{ minTables: 10 }],
  compile({ minTables, freeTables = 1, category = 'banquet-table' }) {
    return ({ view, lineIds }) => {
      const allowed = new Set(lineIds);
      const tables = view.lines.filter(
        ({ line }) => allowed.has(line.id) && line.category === category,
      );
      const count = tables.reduce((sum, { line }) => sum + line.quantity, 0);
      if (count < minTables) {
        return {
          none: true,
          expected: `≥ ${minTables}`,
          actual: String(count),
          message: {
            'zh-CN': `宴会共 ${count} 桌，不足 ${minTables} 桌`,
            en: `${count} tables < ${minTables}`,
          },
        };
      }

      const cheapestFirst = [...tables].sort((a, b) => a.line.unitPrice - b.line.unitPrice);
      const perLine: { lineId: string; amount: number }[] = [];
      let left = freeTables;
      for (const { line } of cheapestFirst) {
        const free = Math.min(left, line.quantity);
        if (free > 0) perLine.push({ lineId: line.id, amount: free * line.unitPrice });
        left -= free;
      }

      return { stage: 'line', perLine };
    };
  },
});
