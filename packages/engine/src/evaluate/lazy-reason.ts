import type { FailureText, Reason } from '../types/index.js';

/**
 * A reason, or a function that builds it. Failing conditions and benefits that give nothing
 * are common (most campaigns do not apply to most orders), and their words are wanted only
 * when the result is explained: the function runs then, in `buildResult`, and never otherwise.
 */
export type LazyReason = Reason | (() => Reason);

export function resolveReason(reason: LazyReason): Reason {
  return typeof reason === 'function' ? reason() : reason;
}

/** What a block said about a failure (words or a function that builds them), as a reason. */
export function blockReason(
  path: string,
  block: string,
  said: Partial<FailureText> & { explain?: () => FailureText },
  fallback: FailureText['message'],
): LazyReason {
  const { explain } = said;
  if (explain) return () => withText({ path, block, message: fallback }, explain());

  return withText({ path, block, message: fallback }, said);
}

function withText(reason: Reason, text: Partial<FailureText>): Reason {
  if (text.message) reason.message = text.message;
  if (text.expected !== undefined) reason.expected = text.expected;
  if (text.actual !== undefined) reason.actual = text.actual;

  return reason;
}
