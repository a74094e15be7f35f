import type { CampaignDocument } from '@campaign-studio/sdk';
import { describe, expect, it } from 'vitest';
import { campaign, engine, use } from './support.js';

describe('campaign validation reports every problem at once, by block and field', () => {
  it('names each wrong field of each block', () => {
    const document = campaign('bad', [
      {
        id: 'r1',
        when: use('core.order-amount', { min: -100 }),
        then: [use('core.amount-off', { amount: 0 }), use('core.amount-off', {})],
      },
    ]);
    const issues = engine.validateCampaign(document);

    expect(
      issues.map(({ path, block, field, keyword }) => ({ path, block, field, keyword })),
    ).toEqual([
      {
        path: '/rules/0/when/params/min',
        block: 'core.order-amount',
        field: 'min',
        keyword: 'minimum',
      },
      {
        path: '/rules/0/then/0/params/amount',
        block: 'core.amount-off',
        field: 'amount',
        keyword: 'minimum',
      },
      {
        path: '/rules/0/then/1/params/amount',
        block: 'core.amount-off',
        field: 'amount',
        keyword: 'required',
      },
    ]);
    expect(issues[0]?.message).toEqual({ 'zh-CN': '不能小于 ¥0.00', en: 'must be at least ¥0.00' });
    expect(issues[1]?.message.en).toBe('must be at least ¥0.01');
    // A missing field is named as the form labels it, with its key.
    expect(issues[2]?.message).toEqual({
      'zh-CN': '缺少必填项「减免金额」（amount）',
      en: 'Amount off (amount) is required',
    });
  });

  it('says what a window looks like when it is not an object, and nothing else about it', () => {
    for (const window of ['tomorrow', 5, null]) {
      const document = { ...campaign('bad', []), window } as unknown as CampaignDocument;
      const issues = engine.validateCampaign(document).filter((issue) => issue.field === 'window');

      expect(issues.map((issue) => [issue.path, issue.keyword])).toEqual([['/window', 'type']]);
      expect(issues[0]?.message.en).toBe(
        'a window is {"start": "2026-11-11T00:00", "end": "2026-11-12T00:00"} or ' +
          '{"firstDay": "2026-11-11", "lastDay": "2026-11-13"}',
      );
    }
  });

  it('refuses an unknown block and a block in the wrong slot', () => {
    const issues = engine.validateCampaign(
      campaign('bad', [
        {
          id: 'r1',
          when: use('core.no-such-block', {}),
          then: [use('core.order-amount', { min: 1 })],
        },
      ]),
    );

    expect(issues.map((issue) => [issue.path, issue.keyword])).toEqual([
      ['/rules/0/when/block', 'unknown-block'],
      ['/rules/0/then/0/block', 'wrong-kind'],
    ]);
    expect(issues[0]?.message.en).toBe(
      'no block named core.no-such-block: its plugin is not loaded, or the name is misspelt',
    );
  });

  it('checks nested groups, unknown params, dates and ids', () => {
    const issues = engine.validateCampaign(
      campaign(
        'bad',
        [
          {
            id: 'r1',
            when: { all: [{ any: [use('core.customer-tier', { tiers: [], colour: 'red' })] }, {}] },
            then: [use('core.amount-off', { amount: 100 })],
          },
          { id: 'r1', then: [use('core.amount-off', { amount: 100 })] },
        ],
        { window: { firstDay: '2026-02-30', lastDay: '2026-03-01' }, timezone: 'Mars/Olympus' },
      ),
    );

    expect(issues.map((issue) => `${issue.path} ${issue.keyword}`)).toEqual([
      '/timezone timezone',
      '/window/firstDay format',
      '/rules/1/id unique',
      '/rules/0/when/all/0/any/0/params/colour additionalProperties',
      '/rules/0/when/all/0/any/0/params/tiers minItems',
      '/rules/0/when/all/1 condition-shape',
    ]);
  });

  it('a window must end after it starts', () => {
    const issues = engine.validateCampaign(
      campaign('bad', [{ id: 'r', then: [use('core.amount-off', { amount: 1 })] }], {
        window: { start: '2026-11-11T10:00', end: '2026-11-11T10:00' },
      }),
    );

    expect(issues.map((issue) => issue.path)).toEqual(['/window/end']);
  });

  it('a campaign has rules or phases, not both and not neither', () => {
    const neither = { id: 'x', version: 1, name: { 'zh-CN': 'x', en: 'x' } };
    expect(engine.validateCampaign(neither).map((i) => i.path)).toEqual(['/rules']);

    const rules = [{ id: 'r', then: [use('core.amount-off', { amount: 1 })] }];
    const phase = { id: 'p', window: { firstDay: '2026-01-01', lastDay: '2026-01-02' }, rules };
    const issues = engine.validateCampaign({ ...neither, rules, phases: [phase] });
    expect(issues.map((i) => `${i.path} ${i.keyword}`)).toEqual(['/phases layout']);
  });

  it('still checks the blocks when the campaign itself is malformed', () => {
    const document = {
      id: 'Bad Id',
      version: 1,
      rules: [
        { id: 'r', then: [use('core.amount-off', { amount: -1 })] },
        { then: 'nothing' },
        'not a rule',
      ],
    };
    const issues = engine.validateCampaign(document);

    expect(issues.map((issue) => `${issue.path} ${issue.keyword}`)).toEqual([
      '/name required',
      '/id pattern',
      '/rules/1/id required',
      '/rules/1/then type',
      '/rules/2 type',
      '/rules/0/then/0/params/amount minimum',
    ]);
  });

  it('refuses what is not a campaign at all, and compile throws with every issue', () => {
    expect(engine.validateCampaign('hello')[0]?.keyword).toBe('type');
    expect(() => engine.compile({ id: 'UPPER', version: 0 })).toThrowError(/INVALID_CAMPAIGN/);
  });
});

describe('limits on what a document may be', () => {
  it('refuses condition groups nested deeper than 32 levels, at the node where it stops', () => {
    let when: unknown = use('core.customer-tier', { tiers: ['vip'] });
    for (let level = 0; level < 5000; level += 1) when = { all: [when] };
    const issues = engine.validateCampaign(
      campaign('deep', [{ id: 'r', when, then: [use('core.amount-off', { amount: 1 })] }]),
    );

    expect(issues).toHaveLength(1);
    expect(issues[0]?.keyword).toBe('max-depth');
    expect(issues[0]?.path).toBe(`/rules/0/when${'/all/0'.repeat(32)}`);
    expect(issues[0]?.message.en).toBe('condition groups nest too deep: at most 32 levels');
  });

  it('says what a wrong id looks like instead of showing a pattern', () => {
    const issues = engine.validateCampaign({ ...campaign('x', []), id: 'Upper Case' });

    expect(issues[0]?.message.en).toBe(
      'lower-case letters, digits and . _ - only, starting with a letter or digit, ' +
        'at most 80 characters',
    );
  });
});

describe('context validation', () => {
  const valid = {
    instant: '2026-11-11T12:00:00+08:00',
    customer: {},
    lines: [{ id: 'l1', sku: 'a', unitPrice: 100, quantity: 1 }],
  };

  it('accepts a valid context', () => {
    expect(engine.validateContext(valid)).toEqual([]);
  });

  it('refuses a negative price, a fractional fen, a zero quantity, naming each field', () => {
    const issues = engine.validateContext({
      ...valid,
      lines: [
        { id: 'l1', sku: 'a', unitPrice: -1, quantity: 1 },
        { id: 'l2', sku: 'b', unitPrice: 10.5, quantity: 0 },
      ],
    });

    expect(issues.map((issue) => issue.path)).toEqual([
      '/lines/0/unitPrice',
      '/lines/1/unitPrice',
      '/lines/1/quantity',
    ]);
    expect(issues[0]?.message.en).toBe('must be at least 0');
  });

  it('refuses an instant without an offset, an impossible date and duplicate line ids', () => {
    const issues = engine.validateContext({
      ...valid,
      instant: '2026-02-30T12:00:00+08:00',
      lines: [valid.lines[0], valid.lines[0]],
    });

    expect(issues.map((issue) => issue.path)).toEqual(['/instant', '/lines/1/id']);
    expect(engine.validateContext({ ...valid, instant: '2026-11-11 12:00' })[0]?.path).toBe(
      '/instant',
    );
  });

  it('refuses an impossible offset, and says what an instant looks like', () => {
    for (const instant of ['2026-11-11T12:00:00+99:00', '2026-11-11T12:00:00']) {
      const [issue] = engine.validateContext({ ...valid, instant });
      expect(issue?.path).toBe('/instant');
      expect(issue?.message.en).toBe(
        'must be a date and time with an offset, e.g. 2026-11-11T12:00:00+08:00',
      );
    }
    expect(engine.validateContext({ ...valid, instant: '2026-11-11T12:00:00-14:00' })).toEqual([]);
  });

  it('takes a guest phone written with spaces or dashes, and refuses letters', () => {
    for (const phone of ['+86 138 0013 8000', '138-0013-8000', '0086 13800138000']) {
      expect(engine.validateContext({ ...valid, customer: { phone } })).toEqual([]);
    }
    const [issue] = engine.validateContext({ ...valid, customer: { phone: '138OO138000' } });
    expect(issue?.path).toBe('/customer/phone');
  });

  it('refuses duplicate coupon and voucher ids', () => {
    const coupon = { id: 'c1', coupon: 'shop.5-off' };
    const voucher = { id: 'v1', kind: 'k', value: 100, issuedAt: '2026-11-11T00:00:00+08:00' };
    const issues = engine.validateContext({
      ...valid,
      coupons: [coupon, coupon],
      vouchers: [voucher, voucher],
    });

    expect(issues.map((issue) => issue.path)).toEqual(['/coupons/1/id', '/vouchers/1/id']);
  });

  it('refuses amounts too large to add up exactly', () => {
    const huge = { id: 'l1', sku: 'a', unitPrice: 99_999_999_999, quantity: 99_999 };
    const issues = engine.validateContext({ ...valid, lines: [huge] });

    expect(issues.map((issue) => [issue.path, issue.keyword])).toEqual([
      ['/lines/0/quantity', 'line-amount'],
      ['/lines', 'order-amount'],
    ]);
    expect(issues[0]?.message.en).toBe(
      'unit price × quantity is over the line limit of ¥10000000000.00',
    );
  });

  it('evaluate refuses an invalid context with INVALID_CONTEXT', () => {
    expect(() => engine.evaluate([], { ...valid, lines: 'none' })).toThrowError(
      /INVALID_CONTEXT: \/lines: must be a list/,
    );
  });
});
