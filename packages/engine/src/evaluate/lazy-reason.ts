import type { FailureText, LocalizedText, Reason } from '../types/index.js';

/**
 * A reason, or something that builds it. Failing conditions and benefits that give nothing
 * are common (most campaigns do not apply to most orders), and their words are wanted only
 * when the result is explained: they are built then, in `buildResult`, and never otherwise.
 */
export type LazyReason = Reason | (() => Reason) | BlockReason;

type BlockSaid = Partial<FailureText> & { explain?: () => FailureText };

/**
 * What a block said about a failure, kept as it is until explained: one object per failure
 * instead of a closure over it. `explain` is called on what the block returned, so a block
 * may give it as a method.
 */
class BlockReason {
  constructor(
    readonly path: string,
    readonly block: string,
    readonly fallback: LocalizedText,
    readonly said: BlockSaid & { explain: () => FailureText },
  ) {}

  resolve(): Reason {
    const text = this.said.explain();
    // One object, in the shape `withText` gives, rather than a fallback overwritten.
    // A plugin's block may leave the message out; the block's label stands in for it then.
    const message = (text.message as LocalizedText | undefined) ?? this.fallback;
    const reason: Reason = { path: this.path, block: this.block, message };
    if (text.expected !== undefined) reason.expected = text.expected;
    if (text.actual !== undefined) reason.actual = text.actual;

    return reason;
  }
}

export function resolveReason(reason: LazyReason): Reason {
  if (typeof reason === 'function') return reason();
  if (reason instanceof BlockReason) return reason.resolve();

  return reason;
}

/** What a block said about a failure (words or a function that builds them), as a reason. */
export function blockReason(
  path: string,
  block: string,
  said: BlockSaid,
  fallback: FailureText['message'],
): LazyReason {
  if (said.explain) return new BlockReason(path, block, fallback, said as BlockReason['said']);

  return withText({ path, block, message: fallback }, said);
}

function withText(reason: Reason, text: Partial<FailureText>): Reason {
  if (text.message) reason.message = text.message;
  if (text.expected !== undefined) reason.expected = text.expected;
  if (text.actual !== undefined) reason.actual = text.actual;

  return reason;
}
