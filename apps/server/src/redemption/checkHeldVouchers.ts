import type { EvaluationContext } from '@campaign-studio/engine';
import type { Ledger } from '@campaign-studio/storage';
import { InputIssuesError, type InputIssue } from '../trpc/InputIssuesError.js';
import { redemptionOfGrant } from './grantIds.js';

/**
 * Vouchers this server issued (ids `rd-…-gN`) must be presented as issued and not revoked: a
 * refund revokes what its order earned, and the ledger does not close a revoked voucher's
 * counter, so the server refuses it here. A used voucher is left to the engine, whose
 * instrument claim shows it "already used". Other ids (issued elsewhere) pass unchanged.
 */
export async function checkHeldVouchers(ledger: Ledger, context: EvaluationContext) {
  const issues: InputIssue[] = [];
  const vouchers = context.vouchers ?? [];
  for (const [index, voucher] of vouchers.entries()) {
    const redemptionId = redemptionOfGrant(voucher.id);
    if (redemptionId === undefined) continue;
    const grant = (await ledger.grantsOf(redemptionId)).find((g) => g.id === voucher.id);
    const path = `/context/vouchers/${index}`;
    if (grant === undefined) {
      issues.push(issue(path, `没有发放过券 ${voucher.id}`, `no voucher ${voucher.id} was issued`));
    } else if (grant.state === 'revoked') {
      issues.push(
        issue(
          path,
          `券 ${voucher.id} 已随退款作废`,
          `voucher ${voucher.id} was revoked by a refund`,
        ),
      );
    } else if (grant.kind !== voucher.kind || grant.value !== voucher.value) {
      issues.push(
        issue(
          path,
          `券 ${voucher.id} 的种类或面值与发放时不同（${grant.kind}，${grant.value} 分）`,
          `voucher ${voucher.id} differs from the issued one (${grant.kind}, ${grant.value} fen)`,
        ),
      );
    }
  }
  if (issues.length > 0) throw new InputIssuesError(issues, 'VOUCHER_NOT_USABLE');
}

function issue(path: string, zh: string, en: string): InputIssue {
  return { path, field: 'vouchers', keyword: 'voucher', message: { 'zh-CN': zh, en } };
}
