/**
 * When the campaign runs: always, one window, or several phases each with a window and rules
 * of its own. Windows here are inclusive day ranges; a start/end window from a template is
 * shown and edited as local date-times.
 */
import { Button, Card, Segmented, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { CampaignDocument, Phase, TimeWindow } from '@campaign-studio/engine';
import { useLocale } from '../../i18n/locale-context.js';
import { LocalDatePicker } from '../../widgets/local-date-picker.js';
import { useBuilder } from '../builder-context.js';
import { RulesList } from './rules-list.js';

dayjs.extend(utc);
dayjs.extend(timezone);

type Mode = 'none' | 'window' | 'phases';
type WindowEnd = 'start' | 'end' | 'firstDay' | 'lastDay';

/** Today in the campaign's zone: in the evening UTC is already a day behind Shanghai. */
function today(document: CampaignDocument): string {
  return dayjs()
    .tz(document.timezone ?? 'Asia/Shanghai')
    .format('YYYY-MM-DD');
}

function modeOf(document: CampaignDocument): Mode {
  if (document.phases) return 'phases';
  return document.window ? 'window' : 'none';
}

/** The document in another schedule mode; rules move along, nothing is dropped. */
function withMode(document: CampaignDocument, mode: Mode): CampaignDocument {
  const { window, rules, phases, ...rest } = document;
  const firstRules = rules ?? phases?.[0]?.rules ?? [];
  const day = today(document);
  const firstWindow = window ?? phases?.[0]?.window ?? { firstDay: day, lastDay: day };
  if (mode === 'phases') {
    return { ...rest, phases: [{ id: 'phase-1', window: firstWindow, rules: firstRules }] };
  }
  return { ...rest, rules: firstRules, ...(mode === 'window' && { window: firstWindow }) };
}

function WindowFields({ window, path }: { window: TimeWindow; path: string }) {
  const { t } = useLocale();
  const { dispatch } = useBuilder();
  // A window needs both ends: the pickers change a value, they do not clear it.
  const ends = window as Partial<Record<WindowEnd, string>>;
  const field = (name: WindowEnd, label: string, withTime: boolean) => (
    <LocalDatePicker
      testId={`${path}/${name}`}
      withTime={withTime}
      allowClear={false}
      width={withTime ? 280 : 230}
      prefix={<span className="builder-muted">{label}</span>}
      value={ends[name]}
      onChange={(value) => value && dispatch({ type: 'set', path: `${path}/${name}`, value })}
    />
  );

  if ('start' in window) {
    return (
      <Space wrap>
        {field('start', t('builder.start'), true)}
        {field('end', t('builder.end'), true)}
      </Space>
    );
  }
  return (
    <Space wrap>
      {field('firstDay', t('builder.firstDay'), false)}
      {field('lastDay', t('builder.lastDay'), false)}
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
                  window: phases.at(-1)?.window ?? {
                    firstDay: today(document),
                    lastDay: today(document),
                  },
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
