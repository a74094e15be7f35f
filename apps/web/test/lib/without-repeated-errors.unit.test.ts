import { describe, expect, it } from 'vitest';
import type { ErrorSchema } from '@rjsf/utils';
import { withoutRepeatedErrors } from '../../src/lib/without-repeated-errors.js';

const errors = (value: unknown) => value as ErrorSchema;

describe('server errors less what the live check shows', () => {
  it('drops a message the live check gives at the same field, keeps the others', () => {
    const server = errors({
      amount: { __errors: ['不能小于 ¥0.01', '超出总部上限 ¥500.00'] },
      tiers: { 0: { min: { __errors: ['必须是整数'] } } },
    });
    const live = errors({ amount: { __errors: ['不能小于 ¥0.01'] } });

    expect(withoutRepeatedErrors(server, live)).toEqual({
      amount: { __errors: ['超出总部上限 ¥500.00'] },
      tiers: { 0: { min: { __errors: ['必须是整数'] } } },
    });
  });

  it('keeps a message the live check gives at another field, and drops emptied fields', () => {
    const server = errors({ a: { __errors: ['必填'] }, b: { c: { __errors: ['必填'] } } });
    const live = errors({ b: { c: { __errors: ['必填'] } } });

    expect(withoutRepeatedErrors(server, live)).toEqual({ a: { __errors: ['必填'] } });
    expect(withoutRepeatedErrors(errors({ b: { c: { __errors: ['必填'] } } }), live)).toBe(
      undefined,
    );
  });

  it('passes the server errors through when there is no live check yet', () => {
    const server = errors({ a: { __errors: ['必填'] } });
    expect(withoutRepeatedErrors(server, undefined)).toBe(server);
    expect(withoutRepeatedErrors(undefined, server)).toBe(undefined);
  });
});
