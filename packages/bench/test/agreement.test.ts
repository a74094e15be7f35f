import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../src/agreement.js';
import type { EvaluatorKind } from '../src/evaluators/evaluator.js';
import { KINDS } from '../src/evaluators/kinds.js';
import { ours } from '../src/evaluators/ours.js';
import { reference } from '../src/evaluators/reference.js';
import { generateCampaigns } from '../src/workload/generate-campaigns.js';
import { generateContexts } from '../src/workload/generate-contexts.js';

const campaigns = generateCampaigns(20261111, 20);

describe('the three evaluators agree', () => {
  it('on 100 random contexts with 20 campaigns: same applied, same payable', async () => {
    const report = await checkAgreement(KINDS, campaigns, generateContexts(1111, 100));

    expect(report.mismatch).toBeUndefined();
    expect(report.checked).toBe(100);
  });

  it('stops at the first context where one evaluator is a fen off', async () => {
    const offByOne: EvaluatorKind = {
      name: 'reference',
      prepare(documents) {
        const evaluator = reference.prepare(documents);
        return {
          evaluate: async (context) => {
            const answer = await evaluator.evaluate(context);
            return { ...answer, payable: answer.payable + 1 };
          },
        };
      },
    };

    const report = await checkAgreement([ours, offByOne], campaigns, generateContexts(1111, 5));

    expect(report.checked).toBe(1);
    expect(report.mismatch?.index).toBe(0);
    expect(report.mismatch?.answers['reference']?.payable).toBe(
      (report.mismatch?.answers['ours']?.payable ?? 0) + 1,
    );
  });
});
