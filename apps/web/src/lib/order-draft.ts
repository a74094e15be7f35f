/**
 * The simulator's editable order: prices in yuan as typed, the instant as local time of the
 * campaign's zone. `toContext` turns it into the engine's context (fen, ISO instant with offset)
 * and keeps whatever else the sample carried (vouchers, the ledger's totals, the event).
 */
import type { EvaluationContext, HeldCoupon, OrderLine } from '@campaign-studio/engine';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { fenToYuan, yuanToFen } from './format-yuan.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const LOCAL_INSTANT_FORMAT = 'YYYY-MM-DD[T]HH:mm:ss';

export interface DraftLine {
  key: string;
  sku: string;
  name: string;
  unitPriceYuan: number;
  quantity: number;
  category: string;
  specialPrice: boolean;
  /** The sample's line, so fields the editor does not show (brand, attributes) survive. */
  original?: OrderLine;
}

export interface OrderDraft {
  lines: DraftLine[];
  tier: string;
  /** Coupon kinds held, one coupon each. */
  coupons: string[];
  /** Local date-time in the campaign's zone. */
  localInstant: string;
  base: EvaluationContext;
}

let nextKey = 0;
export function newLineKey(): string {
  nextKey += 1;
  return `line-${nextKey}`;
}

export function emptyLine(index: number): DraftLine {
  return {
    key: newLineKey(),
    sku: `SKU-${index + 1}`,
    name: '',
    unitPriceYuan: 100,
    quantity: 1,
    category: '',
    specialPrice: false,
  };
}

export function toLocalInstant(instant: string, zone: string): string {
  return dayjs(instant).tz(zone).format(LOCAL_INSTANT_FORMAT);
}

export function fromLocalInstant(local: string, zone: string): string {
  return dayjs.tz(local, zone).format('YYYY-MM-DDTHH:mm:ssZ');
}

export function draftFromContext(context: EvaluationContext, zone: string): OrderDraft {
  return {
    lines: context.lines.map((line) => ({
      key: newLineKey(),
      sku: line.sku,
      name: line.name ?? '',
      unitPriceYuan: fenToYuan(line.unitPrice),
      quantity: line.quantity,
      category: line.category ?? '',
      specialPrice: line.specialPrice ?? false,
      original: line,
    })),
    tier: context.customer.tier ?? '',
    coupons: (context.coupons ?? []).map((coupon) => coupon.coupon),
    localInstant: toLocalInstant(context.instant, zone),
    base: context,
  };
}

export function blankDraft(zone: string): OrderDraft {
  const context: EvaluationContext = {
    instant: new Date().toISOString(),
    customer: { id: 'sim-customer' },
    lines: [],
  };
  return { ...draftFromContext(context, zone), lines: [emptyLine(0)] };
}

function toLine(draft: DraftLine, index: number): OrderLine {
  const line: OrderLine = {
    ...draft.original,
    id: draft.original?.id ?? `L${index + 1}`,
    sku: draft.sku,
    unitPrice: yuanToFen(draft.unitPriceYuan),
    quantity: draft.quantity,
  };
  if (draft.name) line.name = draft.name;
  else delete line.name;
  if (draft.category) line.category = draft.category;
  else delete line.category;
  if (draft.specialPrice) line.specialPrice = true;
  else delete line.specialPrice;
  return line;
}

function toCoupons(kinds: readonly string[], held: readonly HeldCoupon[]): HeldCoupon[] {
  const unused = [...held];

  return kinds.map((kind, index) => {
    // Keep the sample's coupon (its id and expiry) when the kind is still held.
    const at = unused.findIndex((coupon) => coupon.coupon === kind);
    if (at >= 0) return unused.splice(at, 1)[0] as HeldCoupon;
    return { id: `sim-coupon-${index + 1}`, coupon: kind };
  });
}

export function toContext(
  draft: OrderDraft,
  zone: string,
  branchId: string | undefined,
): EvaluationContext {
  const customer = { ...draft.base.customer };
  if (draft.tier) customer.tier = draft.tier;
  else delete customer.tier;

  const context: EvaluationContext = {
    ...draft.base,
    instant: fromLocalInstant(draft.localInstant, zone),
    customer,
    lines: draft.lines.map(toLine),
    coupons: toCoupons(draft.coupons, draft.base.coupons ?? []),
  };
  if (branchId && !context.branchId) context.branchId = branchId;
  return context;
}

/** Coupon kinds a campaign asks for: every `coupon` or `coupons` param in its blocks. */
export function couponKindsOf(document: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;

    for (const [key, value] of Object.entries(node)) {
      if (key === 'coupon' && typeof value === 'string') found.add(value);
      if (key === 'coupons' && Array.isArray(value)) {
        value
          .filter((item): item is string => typeof item === 'string')
          .forEach((k) => found.add(k));
      }
      visit(value);
    }
  };
  visit(document);
  return [...found];
}
