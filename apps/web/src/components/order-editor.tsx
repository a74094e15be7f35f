/**
 * Edits the simulator's order: lines (sku, name, unit price in yuan, quantity, category,
 * special price), the customer's tier, the coupons held and the instant.
 */
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useLocale } from '../i18n/locale-context.js';
import {
  emptyLine,
  LOCAL_INSTANT_FORMAT,
  type DraftLine,
  type OrderDraft,
} from '../lib/order-draft.js';

export interface OrderEditorProps {
  draft: OrderDraft;
  zone: string;
  couponKinds: readonly string[];
  onChange(draft: OrderDraft): void;
}

export function OrderEditor({ draft, zone, couponKinds, onChange }: OrderEditorProps) {
  const { t } = useLocale();
  const setLine = (key: string, patch: Partial<DraftLine>) =>
    onChange({
      ...draft,
      lines: draft.lines.map((line) => (line.key === key ? { ...line, ...patch } : line)),
    });
  const removeLine = (key: string) =>
    onChange({ ...draft, lines: draft.lines.filter((line) => line.key !== key) });
  const addLine = () =>
    onChange({ ...draft, lines: [...draft.lines, emptyLine(draft.lines.length)] });

  const kinds = [...new Set([...couponKinds, ...draft.coupons])];
  const instant = dayjs(draft.localInstant, LOCAL_INSTANT_FORMAT);

  return (
    <div data-testid="order-editor">
      <Table<DraftLine>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={draft.lines}
        title={() => t('sim.lines')}
        // Columns keep their widths (a SKU stays readable); a pane narrower than the table
        // scrolls the table, not the page.
        tableLayout="fixed"
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('sim.sku'),
            key: 'sku',
            width: 140,
            render: (_, line, index) => (
              <Input
                id={`sim-line-${index}-sku`}
                value={line.sku}
                onChange={(event) => setLine(line.key, { sku: event.target.value })}
              />
            ),
          },
          {
            title: t('sim.name'),
            key: 'name',
            width: 130,
            render: (_, line, index) => (
              <Input
                id={`sim-line-${index}-name`}
                value={line.name}
                onChange={(event) => setLine(line.key, { name: event.target.value })}
              />
            ),
          },
          {
            title: t('sim.unitPrice'),
            key: 'price',
            width: 120,
            render: (_, line, index) => (
              <InputNumber<number>
                id={`sim-line-${index}-price`}
                style={{ width: '100%' }}
                prefix="¥"
                precision={2}
                min={0}
                value={line.unitPriceYuan}
                onChange={(value) => setLine(line.key, { unitPriceYuan: value ?? 0 })}
              />
            ),
          },
          {
            title: t('sim.quantity'),
            key: 'quantity',
            width: 80,
            render: (_, line, index) => (
              <InputNumber<number>
                id={`sim-line-${index}-quantity`}
                style={{ width: '100%' }}
                precision={0}
                min={1}
                value={line.quantity}
                onChange={(value) => setLine(line.key, { quantity: value ?? 1 })}
              />
            ),
          },
          {
            title: t('sim.category'),
            key: 'category',
            width: 100,
            render: (_, line, index) => (
              <Input
                id={`sim-line-${index}-category`}
                value={line.category}
                onChange={(event) => setLine(line.key, { category: event.target.value })}
              />
            ),
          },
          {
            title: t('sim.special'),
            key: 'special',
            width: 56,
            align: 'center',
            render: (_, line) => (
              <Checkbox
                checked={line.specialPrice}
                onChange={(event) => setLine(line.key, { specialPrice: event.target.checked })}
              />
            ),
          },
          {
            key: 'remove',
            width: 72,
            render: (_, line) => (
              <Button type="link" danger onClick={() => removeLine(line.key)}>
                {t('sim.remove')}
              </Button>
            ),
          },
        ]}
        footer={() => (
          <Button id="sim-add-line" onClick={addLine}>
            {t('sim.addLine')}
          </Button>
        )}
      />
      <Form layout="inline" style={{ marginTop: 16, rowGap: 8 }}>
        <Form.Item label={t('sim.tier')}>
          <Input
            id="sim-tier"
            style={{ width: 140 }}
            value={draft.tier}
            onChange={(event) => onChange({ ...draft, tier: event.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('sim.coupons')}>
          <Select
            id="sim-coupons"
            mode="tags"
            style={{ minWidth: 320 }}
            value={draft.coupons}
            options={kinds.map((kind) => ({ label: kind, value: kind }))}
            onChange={(coupons: string[]) => onChange({ ...draft, coupons })}
          />
        </Form.Item>
        <Form.Item label={t('sim.instant', { zone })}>
          <DatePicker
            id="sim-instant"
            showTime
            format="YYYY-MM-DD HH:mm:ss"
            allowClear={false}
            value={instant.isValid() ? instant : undefined}
            onChange={(value) =>
              value && onChange({ ...draft, localInstant: value.format(LOCAL_INSTANT_FORMAT) })
            }
          />
        </Form.Item>
      </Form>
    </div>
  );
}
