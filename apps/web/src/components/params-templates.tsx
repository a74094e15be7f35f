/**
 * rjsf templates of the params form: numbered item titles ("第 1 档" instead of `tiers-1`)
 * and an add button with a label. Everything else is rjsf-antd's own.
 */
import { Button } from 'antd';
import { PlusCircleOutlined } from '@ant-design/icons';
import { Templates } from '@rjsf/antd';
import type { IconButtonProps, TemplatesType, TitleFieldProps } from '@rjsf/utils';
import { translate } from '../i18n/translate.js';
import type { Locale } from '../i18n/messages.js';

/** Set by buildUiSchema on an array's items: the item title with `{{n}}` for its number. */
export const ITEM_LABEL = 'ui:itemLabel';

const BaseTitle = Templates.TitleFieldTemplate;

function TitleFieldTemplate(props: TitleFieldProps) {
  const label = props.uiSchema?.[ITEM_LABEL];
  const index = /_(\d+)__title$/.exec(props.id)?.[1];
  const title =
    typeof label === 'string' && index !== undefined
      ? label.replace('{{n}}', String(Number(index) + 1))
      : props.title;

  return BaseTitle ? <BaseTitle {...props} title={title} /> : <span id={props.id}>{title}</span>;
}

export function paramsTemplates(locale: Locale): Partial<TemplatesType> {
  function AddButton(props: IconButtonProps) {
    const { onClick, disabled, className } = props;
    return (
      <Button
        type="dashed"
        block
        icon={<PlusCircleOutlined />}
        onClick={onClick}
        disabled={disabled}
        className={className}
      >
        {translate(locale, 'params.add')}
      </Button>
    );
  }

  return {
    TitleFieldTemplate,
    ButtonTemplates: {
      ...Templates.ButtonTemplates,
      AddButton,
    } as TemplatesType['ButtonTemplates'],
  };
}
