import type { EvaluationContext } from '@campaign-studio/engine';

/**
 * Runs `evaluate` without the customer's paid total of the day, and reads it from the ledger
 * (`readPaidToday`) and evaluates again only if a campaign looked at it: few campaigns count
 * the day's spending (D1 eggs, spend ladders), and the read is a database round trip on every
 * evaluate, redeem and complete. The context's `customer.paidToday` is a getter that notes
 * being read, enumerable so that a copy of the customer notes it too; a result computed
 * without the figure is therefore only kept when nothing could have depended on it.
 */
export async function paidTodayWhenRead<R>(
  context: EvaluationContext,
  readPaidToday: () => Promise<number>,
  evaluate: (context: EvaluationContext) => Promise<R>,
): Promise<{ result: R; context: EvaluationContext }> {
  let read = false;
  const customer = { ...context.customer };
  Object.defineProperty(customer, 'paidToday', {
    enumerable: true,
    configurable: true,
    get: () => {
      read = true;
      return undefined;
    },
  });
  const result = await evaluate({ ...context, customer });
  if (!read) return { result, context };

  const paidToday = await readPaidToday();
  const filled = { ...context, customer: { ...context.customer, paidToday } };
  return { result: await evaluate(filled), context: filled };
}
