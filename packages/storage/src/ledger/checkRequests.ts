/** Turns the public requests into checked calls of the SQL functions. */
import type {
  ClaimRequest,
  Completion,
  CompleteRequest,
  GrantInput,
  HoldRequest,
} from './Ledger.js';
import {
  invalidInput,
  normalizeClaims,
  requireDate,
  requireInteger,
  requireText,
} from './ledgerInput.js';
import { localDay } from './localDay.js';
import type { CompleteCall, HoldCall } from './sqlCalls.js';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A claim never expires as a hold: it is used at once. */
const NEVER = new Date('9999-12-31T00:00:00Z');

export function checkHold(request: HoldRequest, now: Date): HoldCall {
  return {
    redemptionId: requireText(request.redemptionId, 'redemptionId'),
    idempotencyKey: requireText(request.idempotencyKey, 'idempotencyKey'),
    requestHash: requireText(request.requestHash, 'requestHash'),
    customerKey: optionalText(request.customerKey, 'customerKey'),
    expiresAt: requireDate(request.expiresAt, 'expiresAt'),
    answer: request.answer,
    claims: normalizeClaims(request.claims),
    now,
  };
}

export function checkClaim(request: ClaimRequest, now: Date): HoldCall {
  const redemptionId = requireText(request.redemptionId, 'redemptionId');
  const grants = checkGrants(request.grants);
  return {
    redemptionId,
    idempotencyKey: requireText(request.idempotencyKey, 'idempotencyKey'),
    requestHash: requireText(request.requestHash, 'requestHash'),
    customerKey: optionalText(request.customerKey, 'customerKey'),
    expiresAt: NEVER,
    answer: null,
    claims: normalizeClaims(request.claims),
    now,
    completion: { status: 'claimed', redemptionId, grants },
    grants,
  };
}

export type CheckedComplete = CompleteCall & { completion: Completion };

export function checkComplete(
  redemptionId: string,
  request: CompleteRequest,
  now: Date,
): CheckedComplete {
  requireText(redemptionId, 'redemptionId');
  const paidAt = requireDate(request.paidAt, 'paidAt');
  const paidAmount = requireInteger(request.paidAmount, 'paidAmount', 0);
  const timeZone = request.timeZone ?? DEFAULT_TIME_ZONE;
  let paidDay: string;
  try {
    paidDay = localDay(paidAt, timeZone);
  } catch {
    throw invalidInput('timeZone', '不是已知的时区', 'is not a known time zone');
  }
  const grants = checkGrants(request.grants);
  const completion: Completion = {
    status: 'completed',
    redemptionId,
    paidAt: paidAt.toISOString(),
    paidAmount,
    paidDay,
    grants,
  };
  return { paidAt, paidAmount, paidDay, grants, completion, now };
}

function checkGrants(grants: readonly GrantInput[] | undefined): GrantInput[] {
  if (grants === undefined) return [];
  if (!Array.isArray(grants)) throw invalidInput('grants', '必须是列表', 'must be a list');

  return grants.map((grant, index) => ({
    id: requireText(grant?.id, `grants[${index}].id`),
    kind: requireText(grant.kind, `grants[${index}].kind`),
    value: requireInteger(grant.value, `grants[${index}].value`, 0),
    ...(grant.details === undefined ? {} : { details: grant.details }),
    ...(grant.seed === undefined ? {} : { seed: requireText(grant.seed, `grants[${index}].seed`) }),
  }));
}

function optionalText(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : requireText(value, field);
}
