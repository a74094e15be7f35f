import { sql } from 'kysely';
import type { PrizeLeft } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';
import { replayPick, type DrawDetails } from './drawGrants.js';
import { redemptionOfGrant } from './grantIds.js';

/** A recorded draw with its audit replay: the same seed and left counts give the same prize. */
export interface DrawAnswer {
  drawId: string;
  redemptionId?: string;
  seed: string;
  /** What was left of each prize when it was drawn (counter keys). */
  seen: PrizeLeft[];
  /** The prize won (its id in the campaign), or absent when the pool was empty. */
  prize?: string;
  mode?: DrawDetails['mode'];
  drawnAt: string;
  /** When the prize went back to its pool: the order was cancelled or expired unpaid. */
  returnedAt?: string;
  replay: { prize?: string; matches: boolean };
}

interface DrawRow {
  id: string;
  redemption_id: string | null;
  seed: string;
  prize: string | null;
  seen: PrizeLeft[];
  drawn_at: Date | string;
  returned_at: Date | string | null;
}

/** The draw, or undefined when no draw has this id. */
export async function readDraw(
  services: AppServices,
  drawId: string,
): Promise<DrawAnswer | undefined> {
  const { rows } = await sql<DrawRow>`select id, redemption_id, seed, prize, seen, drawn_at,
    returned_at from ledger_draws where id = ${drawId}`.execute(services.database.db);
  const row = rows[0];
  if (row === undefined) return undefined;

  const redemptionId = row.redemption_id ?? redemptionOfGrant(drawId);
  const grants = redemptionId === undefined ? [] : await services.ledger.grantsOf(redemptionId);
  const details = grants.find((grant) => grant.id === drawId)?.details as DrawDetails | undefined;
  const recorded = row.prize === null ? undefined : (details?.prizeIds?.[row.prize] ?? row.prize);
  let replay: DrawAnswer['replay'] = { matches: false };
  if (details?.mode !== undefined) {
    const picked =
      row.seen.length === 0 ? undefined : replayPick(details, row.seen, Number(row.seed));
    const prize = picked === undefined ? undefined : details.prizeIds[picked];
    replay = {
      ...(prize === undefined ? {} : { prize }),
      matches: picked === (row.prize ?? undefined),
    };
  } else {
    // A one-winner moment (E2): the first payer takes the single unit; nothing to re-draw.
    replay = { ...(recorded === undefined ? {} : { prize: recorded }), matches: true };
  }

  return {
    drawId: row.id,
    ...(redemptionId === undefined ? {} : { redemptionId }),
    seed: row.seed,
    seen: row.seen,
    ...(recorded === undefined ? {} : { prize: recorded }),
    ...(details?.mode === undefined ? {} : { mode: details.mode }),
    drawnAt: new Date(row.drawn_at).toISOString(),
    ...(row.returned_at === null ? {} : { returnedAt: new Date(row.returned_at).toISOString() }),
    replay,
  };
}
