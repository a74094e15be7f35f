/** One lifecycle step as one tRPC call; sending back carries the reason. */
import type { LifecycleStep } from '../lib/lifecycle-steps.js';
import { trpcClient } from './trpc.js';

export interface StepTarget {
  id: string;
  revision: number;
}

export async function runLifecycleStep(
  step: LifecycleStep,
  target: StepTarget,
  reason = '',
): Promise<void> {
  const input = { id: target.id, revision: target.revision };
  const calls: Record<LifecycleStep, () => Promise<unknown>> = {
    submit: () => trpcClient.campaigns.submit.mutate(input),
    approve: () => trpcClient.campaigns.approve.mutate(input),
    sendBack: () => trpcClient.campaigns.sendBack.mutate({ ...input, reason }),
    pause: () => trpcClient.campaigns.pause.mutate(input),
    resume: () => trpcClient.campaigns.resume.mutate(input),
    end: () => trpcClient.campaigns.end.mutate(input),
  };

  await calls[step]();
}
