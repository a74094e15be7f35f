/**
 * Counter keys of a campaign's limits, as the ledger stores them: `campaign:<id>:<what>`.
 * The same limit of the same campaign always has the same key, across versions and processes.
 */
export function campaignCounterKey(campaignId: string, ...parts: string[]): string {
  return ['campaign', campaignId, ...parts].join(':');
}

/** The counter of one prize of a draw (E4, R10): what the server draws from at completion. */
export function prizeCounterKey(campaignId: string, prizeId: string): string {
  return campaignCounterKey(campaignId, 'prize', prizeId);
}
