/**
 * The builder's state as pure functions: add, move, nest, delete, duplicate, undo and redo over
 * the campaign document itself.
 */
import { describe, expect, it } from 'vitest';
import type { CampaignDocument } from '@campaign-studio/engine';
import { blankCampaign } from '../../src/builder/state/blank-campaign.js';
import { builderReducer } from '../../src/builder/state/builder-reducer.js';
import {
  canRedo,
  canUndo,
  historyReducer,
  startHistory,
  type HistoryAction,
} from '../../src/builder/state/builder-history.js';
import { afterRemoval, getAt } from '../../src/builder/state/json-pointer.js';

const threshold = (min: number) => ({ block: 'core.order-amount', params: { min } });
const amountOff = (amount: number) => ({ block: 'core.amount-off', params: { amount } });

function apply(doc: CampaignDocument, ...actions: HistoryAction[]) {
  return actions.reduce(historyReducer, startHistory(doc));
}

describe('builder reducer', () => {
  it('adds a first condition into a rule with no when', () => {
    const doc = builderReducer(blankCampaign('c1'), {
      type: 'insert',
      slot: '/rules/0/when/all',
      index: 0,
      node: threshold(59900),
    });

    expect(doc.rules?.[0]?.when).toEqual({ all: [threshold(59900)] });
  });

  it('adds a benefit and sets its params', () => {
    let doc = builderReducer(blankCampaign('c1'), {
      type: 'insert',
      slot: '/rules/0/then',
      index: 0,
      node: amountOff(100),
    });
    doc = builderReducer(doc, {
      type: 'setParams',
      path: '/rules/0/then/0',
      params: { amount: 10000 },
    });

    expect(doc.rules?.[0]?.then).toEqual([amountOff(10000)]);
  });

  it('nests a group and moves a condition into it', () => {
    let doc = blankCampaign('c1');
    for (const [index, node] of [threshold(100), { any: [] }, threshold(200)].entries()) {
      doc = builderReducer(doc, { type: 'insert', slot: '/rules/0/when/all', index, node });
    }
    // The group's slot is /all/1/any before the move; removing item 0 shifts it to /all/0/any.
    doc = builderReducer(doc, {
      type: 'move',
      from: '/rules/0/when/all/0',
      slot: '/rules/0/when/all/1/any',
      index: 0,
    });

    expect(doc.rules?.[0]?.when).toEqual({ all: [{ any: [threshold(100)] }, threshold(200)] });
  });

  it('reorders within a slot to the final index', () => {
    let doc = blankCampaign('c1');
    for (const [index, amount] of [1, 2, 3].entries()) {
      doc = builderReducer(doc, {
        type: 'insert',
        slot: '/rules/0/then',
        index,
        node: amountOff(amount),
      });
    }
    doc = builderReducer(doc, {
      type: 'move',
      from: '/rules/0/then/0',
      slot: '/rules/0/then',
      index: 2,
    });

    expect(doc.rules?.[0]?.then.map((use) => use.params.amount)).toEqual([2, 3, 1]);
  });

  it('moves a benefit between rules', () => {
    let doc = builderReducer(blankCampaign('c1'), { type: 'addRule', rules: '/rules' });
    doc = builderReducer(doc, {
      type: 'insert',
      slot: '/rules/0/then',
      index: 0,
      node: amountOff(5),
    });
    doc = builderReducer(doc, {
      type: 'move',
      from: '/rules/0/then/0',
      slot: '/rules/1/then',
      index: 0,
    });

    expect(doc.rules?.map((rule) => [rule.id, rule.then.length])).toEqual([
      ['rule-1', 0],
      ['rule-2', 1],
    ]);
  });

  it('refuses to move a group into itself', () => {
    const doc = builderReducer(blankCampaign('c1'), {
      type: 'insert',
      slot: '/rules/0/when/all',
      index: 0,
      node: { any: [threshold(1)] },
    });
    const same = builderReducer(doc, {
      type: 'move',
      from: '/rules/0/when/all/0',
      slot: '/rules/0/when/all/0/any',
      index: 0,
    });

    expect(same).toBe(doc);
  });

  it('deletes a condition, and the rule reads "always" once its group is empty', () => {
    let doc = builderReducer(blankCampaign('c1'), {
      type: 'insert',
      slot: '/rules/0/when/all',
      index: 0,
      node: threshold(1),
    });
    doc = builderReducer(doc, { type: 'remove', path: '/rules/0/when/all/0' });

    expect(doc.rules?.[0]).toEqual({ id: 'rule-1', then: [] });
  });

  it('duplicates a rule right after it with a free id', () => {
    let doc = builderReducer(blankCampaign('c1'), {
      type: 'insert',
      slot: '/rules/0/then',
      index: 0,
      node: amountOff(500),
    });
    doc = builderReducer(doc, { type: 'duplicateRule', path: '/rules/0' });
    doc = builderReducer(doc, { type: 'duplicateRule', path: '/rules/0' });

    expect(doc.rules?.map((rule) => rule.id)).toEqual(['rule-1', 'rule-1-copy-2', 'rule-1-copy']);
    expect(doc.rules?.[2]?.then).toEqual([amountOff(500)]);
  });

  it('sets and clears document fields', () => {
    let doc = builderReducer(blankCampaign('c1'), {
      type: 'set',
      path: '/ruleSelection',
      value: 'best',
    });
    expect(doc.ruleSelection).toBe('best');

    doc = builderReducer(doc, { type: 'set', path: '/ruleSelection', value: undefined });
    expect('ruleSelection' in doc).toBe(false);
  });

  it('leaves the input document untouched', () => {
    const doc = blankCampaign('c1');
    const copy = structuredClone(doc);
    builderReducer(doc, { type: 'insert', slot: '/rules/0/then', index: 0, node: amountOff(1) });

    expect(doc).toEqual(copy);
  });
});

describe('pointer shifts', () => {
  it('moves later siblings and what is inside them up by one', () => {
    expect(afterRemoval('/a/3/b', '/a/1')).toBe('/a/2/b');
    expect(afterRemoval('/a/0/b', '/a/1')).toBe('/a/0/b');
    expect(afterRemoval('/c/3', '/a/1')).toBe('/c/3');
  });
});

describe('builder history', () => {
  const add = (amount: number): HistoryAction => ({
    type: 'insert',
    slot: '/rules/0/then',
    index: 0,
    node: amountOff(amount),
  });

  it('undoes and redoes every edit', () => {
    let history = apply(blankCampaign('c1'), add(1), add(2));
    expect(getAt(history.present, '/rules/0/then/0/params/amount')).toBe(2);

    history = historyReducer(history, { type: 'undo' });
    expect(history.present.rules?.[0]?.then).toEqual([amountOff(1)]);
    history = historyReducer(history, { type: 'undo' });
    expect(history.present.rules?.[0]?.then).toEqual([]);
    expect(canUndo(history)).toBe(false);

    history = historyReducer(history, { type: 'redo' });
    history = historyReducer(history, { type: 'redo' });
    expect(history.present.rules?.[0]?.then).toEqual([amountOff(2), amountOff(1)]);
    expect(canRedo(history)).toBe(false);
  });

  it('merges typing into one block into one step', () => {
    const type = (amount: number): HistoryAction => ({
      type: 'setParams',
      path: '/rules/0/then/0',
      params: { amount },
    });
    let history = apply(blankCampaign('c1'), add(1), type(1), type(10), type(100));
    expect(history.past).toHaveLength(2);

    history = historyReducer(history, { type: 'undo' });
    expect(history.present.rules?.[0]?.then).toEqual([amountOff(1)]);
  });

  it('drops the redo list on a new edit and ignores edits that change nothing', () => {
    let history = apply(blankCampaign('c1'), add(1), { type: 'undo' }, add(3));
    expect(canRedo(history)).toBe(false);
    expect(history.present.rules?.[0]?.then).toEqual([amountOff(3)]);

    const before = history;
    history = historyReducer(history, { type: 'remove', path: '/rules/0/then/9' });
    expect(history).toBe(before);
  });
});

describe('pruneParams', () => {
  it('drops the empty lists and objects a form fills in, and keeps real values', async () => {
    const { pruneParams } = await import('../../src/builder/state/prune-params.js');

    expect(
      pruneParams({ min: 500, exclusive: false, lines: { categories: [], skus: [] }, tags: ['a'] }),
    ).toEqual({ min: 500, exclusive: false, tags: ['a'] });
  });
});
