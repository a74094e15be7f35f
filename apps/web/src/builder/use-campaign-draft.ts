/**
 * The builder's document with its history, loaded from the server (or blank), kept in the
 * browser while unsaved, saved as a draft with the revision it started from, and published.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { CampaignDocument } from '@campaign-studio/engine';
import { readApiError } from '../api/api-error.js';
import { trpcClient } from '../api/trpc.js';
import type { ApiIssue } from '../api/types.js';
import type { CampaignView } from './builder-types.js';
import {
  clearDraft,
  NEW_CAMPAIGN_KEY,
  readDraft,
  sameDocument,
  writeDraft,
} from './draft-store.js';
import { blankCampaign, newDraftId } from './state/blank-campaign.js';
import { historyReducer, startHistory } from './state/builder-history.js';
import { normalizeDocument } from './state/normalize-document.js';

export type DraftNotice =
  | { kind: 'restored' }
  | { kind: 'saved'; revision: number }
  | { kind: 'failed'; message: string; issues: ApiIssue[] }
  | { kind: 'conflict'; serverRevision: number; server: CampaignView };

function asInput(document: CampaignDocument): Record<string, unknown> {
  return { ...document };
}

export function useCampaignDraft(campaignId: string | undefined) {
  const [history, dispatch] = useReducer(historyReducer, undefined, () =>
    startHistory(blankCampaign(newDraftId())),
  );
  // The blank document the page starts with: a new campaign's "saved" state (nothing to lose
  // while it is untouched), or, on a saved campaign's page, the stand-in until its draft arrives.
  const blank = useRef(history.present);
  const placeholder = useRef(campaignId === undefined ? undefined : history.present);
  const [campaign, setCampaign] = useState<CampaignView | undefined>();
  // The campaign in hand, for the loading effect: after the first save the address changes to
  // the new id, and what the save returned must not be replaced by a slower read of it.
  const campaignInHand = useRef<CampaignView | undefined>(undefined);
  campaignInHand.current = campaign;
  const [baseRevision, setBaseRevision] = useState<number | undefined>();
  const [loading, setLoading] = useState(campaignId !== undefined);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [notice, setNotice] = useState<DraftNotice | undefined>();
  const [busy, setBusy] = useState(false);
  const [serverDocument, setServerDocument] = useState<CampaignDocument | undefined>();
  // Once saved, the campaign's own id names its browser copy, whatever the address says.
  const key = campaign?.id ?? campaignId ?? NEW_CAMPAIGN_KEY;

  // Loading: the server's draft, unless this browser holds newer unsaved edits of it.
  useEffect(() => {
    let cancelled = false;
    const stored = readDraft(campaignId ?? NEW_CAMPAIGN_KEY);
    if (campaignId === undefined) {
      setServerDocument(undefined);
      setCampaign(undefined);
      if (stored) {
        dispatch({ type: 'reset', document: stored.document });
        setNotice({ kind: 'restored' });
      }
      return;
    }

    if (campaignInHand.current?.id === campaignId) return;

    setLoading(true);
    trpcClient.campaigns.get
      .query({ id: campaignId })
      .then((record) => {
        if (cancelled) return;
        const server = normalizeDocument(record.document as CampaignDocument);
        setServerDocument(server);
        setCampaign(record);
        if (stored && !sameDocument(stored.document, server)) {
          dispatch({ type: 'reset', document: stored.document });
          setBaseRevision(stored.baseRevision ?? record.revision);
          setNotice(
            stored.baseRevision === record.revision
              ? { kind: 'restored' }
              : { kind: 'conflict', serverRevision: record.revision, server: record },
          );
        } else {
          dispatch({ type: 'reset', document: server });
          setBaseRevision(record.revision);
        }
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(readApiError(error).message);
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [campaignId]);

  const document = history.present;
  // What the page holds counts as unsaved when it differs from the server's draft, or, before
  // the first save, from the blank it started as: so undo back to either clears the marker.
  const dirty = !sameDocument(document, serverDocument ?? blank.current);

  // Every edit is in the browser at once; what equals the server's draft needs no copy.
  useEffect(() => {
    if (loading) return;
    // An untouched blank is not worth restoring. (Right after a restore this runs once more
    // with the blank still shown; the restored document is written back on the next render.)
    if (!dirty) {
      clearDraft(key);
      return;
    }
    writeDraft(key, { document, ...(baseRevision === undefined ? {} : { baseRevision }) });
  }, [document, dirty, key, baseRevision, loading]);

  const adopt = useCallback((record: CampaignView) => {
    const server = normalizeDocument(record.document as CampaignDocument);
    setServerDocument(server);
    setCampaign(record);
    setBaseRevision(record.revision);
    dispatch({ type: 'reset', document: server });
  }, []);

  /** Creates the campaign (first save) or replaces its draft; the id of the saved campaign. */
  const save = useCallback(async (): Promise<string | undefined> => {
    setBusy(true);
    try {
      const record =
        campaign === undefined
          ? await trpcClient.campaigns.create.mutate({ document: asInput(document) })
          : await trpcClient.campaigns.update.mutate({
              id: campaign.id,
              revision: baseRevision ?? campaign.revision,
              document: asInput(document),
            });
      clearDraft(key);
      // The server's copy now matches: the later edits history is not carried over.
      adopt(record);
      setNotice({ kind: 'saved', revision: record.revision });
      return record.id;
    } catch (error) {
      const info = readApiError(error);
      if (info.code === 'CONFLICT' && campaign !== undefined) {
        const server = await trpcClient.campaigns.get.query({ id: campaign.id });
        setNotice({ kind: 'conflict', serverRevision: server.revision, server });
      } else {
        setNotice({ kind: 'failed', message: info.message, issues: info.issues });
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  }, [adopt, baseRevision, campaign, document, key]);

  /** After a conflict: the next save replaces what the other person saved. */
  const keepMine = useCallback((server: CampaignView) => {
    setServerDocument(normalizeDocument(server.document as CampaignDocument));
    setCampaign(server);
    setBaseRevision(server.revision);
    setNotice(undefined);
  }, []);

  const takeTheirs = useCallback(
    (server: CampaignView) => {
      clearDraft(key);
      adopt(server);
      setNotice(undefined);
    },
    [adopt, key],
  );

  const publish = useCallback(async () => {
    if (campaign === undefined) return;
    setBusy(true);
    try {
      adopt(
        await trpcClient.campaigns.publish.mutate({ id: campaign.id, revision: campaign.revision }),
      );
    } catch (error) {
      const info = readApiError(error);
      setNotice({ kind: 'failed', message: info.message, issues: info.issues });
    } finally {
      setBusy(false);
    }
  }, [adopt, campaign]);

  return {
    history,
    dispatch,
    campaign,
    loading,
    loadError,
    notice,
    dirty,
    busy,
    save,
    publish,
    keepMine,
    takeTheirs,
    dismissNotice: () => setNotice(undefined),
    /** Whether `shown` is the blank stand-in for a draft still loading (never to check). */
    isPlaceholder: (shown: CampaignDocument) => shown === placeholder.current,
  };
}
