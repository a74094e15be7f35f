/**
 * When the campaign runs: always, one window, or several phases each with a window and rules
 * of its own. Windows here are inclusive day ranges; a start/end window from a template is
 * shown and edited as local date-times.
 */
import { Button, Card, Input, Segmented, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CampaignDocument, Phase, TimeWindow } from '@campaign-studio/engine';
import { useLocale } from '../../i18n/locale-context.js';
import { useBuilder } from '../builder-context.js';
import { RulesList } from './rules-list.js';

type Mode = 'none' | 'window' | 'phases';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function modeOf(document: CampaignDocument): Mode {
  if (document.phases) return 'phases';
  return document.window ? 'window' : 'none';
}

/** The document in another schedule mode; rules move along, nothing is dropped. */
function withMode(document: CampaignDocument, mode: Mode): CampaignDocument {
  const { window, rules, phases, ...rest } = document;
  const firstRules = rules ?? phases?.[0]?.rules ?? [];
  const firstWindow = window ?? phases?.[0]?.window ?? { firstDay: today(), lastDay: today() };
  if (mode === 'phases') {
    return { ...rest, phases: [{ id: 'phase-1', window: firstWindow, rules: firstRules }] };
  }
  return { ...rest, rules: firstRules, ...(mode === 'window' && { window: firstWindow }) };
}

function WindowFields({ window, path }: { window: TimeWindow; path: string }) {
  const { t } = useLocale();
  const { dispatch } = useBuilder();
  const set = (field: string, value: string) =>
    dispatch({ type: 'set', path: `${path}/${field}`, value });

  if ('start' in window) {
    return (
      <Space wrap>
        <Input
          type="datetime-local"
          value={window.start}
          data-testid={`${path}/start`}
          onChange={(event) => set('start', event.target.value)}
        />
        <Input
          type="datetime-local"
          value={window.end}
          data-testid={`${path}/end`}
          onChange={(event) => set('end', event.target.value)}
        />
      </Space>
    );
  }
  return (
    <Space wrap>
      <Input
        type="date"
        addonBefore={t('builder.firstDay')}
        value={window.firstDay}
        data-testid={`${path}/firstDay`}
        onChange={(event) => set('firstDay', event.target.value)}
      />
      <Input
        type="date"
        addonBefore={t('builder.lastDay')}
        value={window.lastDay}
        data-testid={`${path}/lastDay`}
        onChange={(event) => set('lastDay', event.target.value)}
      />
    </Space>
  );
}

function PhaseCard({ phase, index }: { phase: Phase; index: number }) {
  const { t } = useLocale();
  const { dispatch } = useBuilder();
  const path = `/phases/${index}`;

  return (
    <Card
      size="small"
      data-path={path}
      title={t('builder.phase', { id: phase.id })}
      extra={
        <Button size="small" danger onClick={() => dispatch({ type: 'remove', path })}>
          {t('builder.delete')}
        </Button>
      }
      style={{ marginBottom: 12 }}
    >
      <div data-path={`${path}/window`} style={{ marginBottom: 8 }}>
        <WindowFields window={phase.window} path={`${path}/window`} />
      </div>
      <RulesList rules={phase.rules} path={`${path}/rules`} />
    </Card>
  );
}

export function ScheduleEditor() {
  const { t } = useLocale();
  const { document, dispatch } = useBuilder();
  const mode = modeOf(document);
  const phases = document.phases ?? [];

  return (
    <div>
      <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }} data-path="/window">
        <Segmented<Mode>
          data-testid="schedule-mode"
          value={mode}
          onChange={(next) => dispatch({ type: 'set', path: '', value: withMode(document, next) })}
          options={[
            { value: 'none', label: t('builder.schedule.none') },
            { value: 'window', label: t('builder.schedule.window') },
            { value: 'phases', label: t('builder.schedule.phases') },
          ]}
        />
        {document.window && <WindowFields window={document.window} path="/window" />}
      </Space>
      {mode === 'phases' ? (
        <>
          {phases.map((phase, index) => (
            <PhaseCard key={`${phase.id}-${index}`} phase={phase} index={index} />
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              dispatch({
                type: 'insert',
                slot: '/phases',
                index: phases.length,
                node: {
                  id: `phase-${phases.length + 1}`,
                  window: phases.at(-1)?.window ?? { firstDay: today(), lastDay: today() },
                  rules: [{ id: `phase-${phases.length + 1}-rule-1`, then: [] }],
                },
              })
            }
          >
            {t('builder.addPhase')}
          </Button>
        </>
      ) : (
        <RulesList rules={document.rules ?? []} path="/rules" />
      )}
    </div>
  );
}
