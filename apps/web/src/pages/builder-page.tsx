/**
 * The visual builder: palette, canvas, inspector, problems, estimate and simulator around one
 * campaign document. `/builder/new` starts blank; `/builder/:id` edits a saved campaign.
 */
import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTRPC } from '../api/trpc.js';
import { useIdentity } from '../api/use-identity.js';
import { useRegistry } from '../api/use-registry.js';
import { useLocale } from '../i18n/locale-context.js';
import { mayPublish } from '../lib/lifecycle-steps.js';
import { localize } from '../lib/localized.js';
import { BuilderContext, type BuilderState } from '../builder/builder-context.js';
import type { BuilderIssue } from '../builder/builder-types.js';
import { BuilderSimulator } from '../builder/components/builder-simulator.js';
import { Canvas } from '../builder/components/canvas.js';
import { EstimatePanel } from '../builder/components/estimate-panel.js';
import { Inspector } from '../builder/components/inspector.js';
import { Palette } from '../builder/components/palette.js';
import { ProblemsPanel, useOpenProblem } from '../builder/components/problems-panel.js';
import { dropAction, type DragSource, type DropTarget } from '../builder/drag-data.js';
import { canRedo, canUndo } from '../builder/state/builder-history.js';
import { useCampaignDraft } from '../builder/use-campaign-draft.js';
import { useDebounced } from '../builder/use-debounced.js';
import '../builder/builder.css';

/** The innermost droppable under the pointer (a group's slot inside a rule's slot wins). */
const collisionDetection: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  if (within.length === 0) return closestCenter(args);

  const area = (id: string | number) => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY;
  };
  return [...within].sort((a, b) => area(a.id) - area(b.id));
};

const CHECK_FAILED: BuilderIssue = {
  path: '',
  keyword: 'check-failed',
  severity: 'error',
  message: {
    'zh-CN': '无法检查这份活动（服务器未回应或出错），请稍后再试或先保存',
    en: 'the campaign could not be checked (the server did not answer); try again, or save first',
  },
};

function ProblemsWithLinks(props: { problems: readonly BuilderIssue[]; focus(f?: string): void }) {
  const open = useOpenProblem(props.focus);
  return <ProblemsPanel problems={props.problems} onOpen={open} />;
}

export default function BuilderPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { locale, t } = useLocale();
  const trpc = useTRPC();
  const { registry } = useRegistry();
  // A marketer is refused publishing and submits from the campaign's page instead.
  const publishes = mayPublish(useIdentity()?.role);
  const draft = useCampaignDraft(id);
  const { history, dispatch, campaign, notice } = draft;
  const document = history.present;
  const [selected, setSelected] = useState<string | undefined>();
  const [focusField, setFocusField] = useState<string | undefined>();
  const [dragging, setDragging] = useState<DragSource | undefined>();

  const settled = useDebounced(document, 250);
  const input = {
    document: { ...settled },
    ...(campaign?.templateParams ? { templateParams: campaign.templateParams } : {}),
  };
  // The blank document shown while a saved draft loads is nobody's campaign: not checked.
  const checkable = !draft.isPlaceholder(settled);
  const validation = useQuery({
    ...trpc.builder.validate.queryOptions(input),
    placeholderData: (p) => p,
    enabled: checkable,
  });
  const estimate = useQuery({
    ...trpc.builder.estimate.queryOptions(input),
    placeholderData: (p) => p,
    enabled: checkable,
  });
  // A check that could not run is a problem of its own: never "no problems" by default.
  const issues = useMemo(
    () => (validation.isError ? [CHECK_FAILED] : (validation.data?.issues ?? [])),
    [validation.isError, validation.data],
  );
  const problems = useMemo(
    () => [...issues, ...(estimate.data?.warnings ?? [])],
    [issues, estimate.data],
  );
  // Plugin lints come as warnings: they are shown but block neither simulation nor publishing.
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const upToDate = settled === document && !validation.isFetching;

  const blocks = useMemo(
    () => new Map((registry?.blocks ?? []).map((block) => [block.id, block])),
    [registry],
  );
  const select = useCallback((path: string | undefined) => {
    setSelected(path);
    setFocusField(undefined);
  }, []);
  const state: BuilderState = { document, dispatch, selected, select, blocks, issues };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragStart = (event: DragStartEvent) =>
    setDragging(event.active.data.current as DragSource | undefined);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(undefined);
    const source = event.active.data.current as DragSource | undefined;
    const target = event.over?.data.current as DropTarget | undefined;
    if (!source) return;
    const action = dropAction(source, target);
    if (!action) return;
    dispatch(action);
    if (action.type === 'insert') {
      const node = action.node as { block?: unknown };
      if (typeof node.block === 'string') select(`${action.slot}/${action.index}`);
    } else if (action.type === 'move') {
      select(undefined);
    }
  };

  const save = async () => {
    const savedId = await draft.save();
    if (savedId !== undefined && id === undefined) {
      navigate(`/builder/${encodeURIComponent(savedId)}`, { replace: true });
    }
  };

  if (draft.loading || !registry) return <Spin style={{ margin: 48 }} />;
  if (draft.loadError) return <Alert type="error" message={draft.loadError} />;

  return (
    <BuilderContext.Provider value={state}>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="builder-title">
            {t('builder.title')} · {localize(document.name, locale)}
          </Typography.Title>
          {campaign && (
            <Typography.Text type="secondary" data-testid="builder-status">
              {document.id} · {t(`status.${campaign.status}`)} · r{campaign.revision}
            </Typography.Text>
          )}
          {draft.dirty && (
            <Typography.Text type="warning" data-testid="builder-unsaved">
              {t('builder.unsaved')}
            </Typography.Text>
          )}
        </Space>
        <Space>
          <Button
            id="builder-undo"
            icon={<UndoOutlined />}
            disabled={!canUndo(history)}
            onClick={() => dispatch({ type: 'undo' })}
          >
            {t('builder.undo')}
          </Button>
          <Button
            id="builder-redo"
            icon={<RedoOutlined />}
            disabled={!canRedo(history)}
            onClick={() => dispatch({ type: 'redo' })}
          >
            {t('builder.redo')}
          </Button>
          <Button id="builder-save" loading={draft.busy} onClick={save}>
            {t('builder.save')}
          </Button>
          {publishes && (
            <Button
              id="builder-publish"
              type="primary"
              title={t('builder.publishHint')}
              disabled={!campaign || draft.dirty || errors > 0 || !upToDate}
              loading={draft.busy}
              onClick={draft.publish}
            >
              {t('builder.publish')}
            </Button>
          )}
        </Space>
      </Space>
      {notice?.kind === 'restored' && (
        <Alert
          type="info"
          showIcon
          closable
          data-testid="builder-restored"
          onClose={draft.dismissNotice}
          message={t('builder.restored')}
        />
      )}
      {notice?.kind === 'saved' && (
        <Alert
          type="success"
          showIcon
          closable
          data-testid="builder-saved"
          onClose={draft.dismissNotice}
          message={t('builder.saved', { revision: notice.revision })}
        />
      )}
      {notice?.kind === 'failed' && (
        <Alert
          type="error"
          showIcon
          data-testid="builder-save-failed"
          message={t('builder.saveFailed', { message: notice.message })}
        />
      )}
      {notice?.kind === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          data-testid="builder-conflict"
          message={t('builder.conflict', { revision: notice.serverRevision })}
          action={
            <Space direction="vertical">
              <Button
                size="small"
                id="builder-keep-mine"
                onClick={() => draft.keepMine(notice.server)}
              >
                {t('builder.keepMine')}
              </Button>
              <Button size="small" danger onClick={() => draft.takeTheirs(notice.server)}>
                {t('builder.takeTheirs')}
              </Button>
            </Space>
          }
        />
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(undefined)}
      >
        <div className="builder-frame">
          <div className="builder-layout">
            <Palette registry={registry} />
            <Canvas />
            <div className="builder-side">
              <Inspector focusField={focusField} />
              <ProblemsWithLinks problems={problems} focus={setFocusField} />
              <EstimatePanel estimate={estimate.data} />
            </div>
            <div className="builder-simulator">
              <BuilderSimulator
                document={settled}
                samples={registry.samples}
                valid={
                  errors === 0 &&
                  settled === document &&
                  validation.isSuccess &&
                  !validation.isPlaceholderData
                }
              />
            </div>
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {dragging ? <div className="builder-drag-overlay">{dragging.label}</div> : null}
        </DragOverlay>
      </DndContext>
    </BuilderContext.Provider>
  );
}
