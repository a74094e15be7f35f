/**
 * The JSON-Schema form of a template's params: rjsf on antd, with the unit and date widgets,
 * localized titles, ajv live validation, and the server's issues next to their fields.
 */
import { useMemo, type ReactNode } from 'react';
import Form from '@rjsf/antd';
import type { ErrorSchema, RegistryWidgetsType, RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import type { JsonSchema } from '@campaign-studio/engine';
import { useLocale } from '../i18n/locale-context.js';
import { buildUiSchema } from '../lib/build-ui-schema.js';
import { paramsTemplates } from './params-templates.js';
import { localizeFormErrors } from '../lib/localize-form-errors.js';
import { withoutRepeatedErrors } from '../lib/without-repeated-errors.js';
import { LocalDateTimeWidget, LocalDateWidget } from '../widgets/local-date-widget.js';
import { PercentOffWidget } from '../widgets/percent-off-widget.js';
import { YuanWidget } from '../widgets/yuan-widget.js';
import type { ParamsFormContext } from '../widgets/form-context.js';

const widgets: RegistryWidgetsType = {
  yuan: YuanWidget,
  percentOff: PercentOffWidget,
  localDate: LocalDateWidget,
  localDateTime: LocalDateTimeWidget,
};

export interface ParamsFormProps {
  schema: JsonSchema;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  onSubmit(value: Record<string, unknown>): void;
  serverErrors?: ErrorSchema;
  disabled?: boolean;
  children?: ReactNode;
}

/** The template's title and description are shown by the page; the form starts at its fields. */
function withoutHeading(schema: JsonSchema): RJSFSchema {
  const { title: _title, description: _description, ...rest } = schema;

  return rest as RJSFSchema;
}

export function ParamsForm(props: ParamsFormProps) {
  const { locale } = useLocale();
  const schema = useMemo(() => withoutHeading(props.schema), [props.schema]);
  const uiSchema = useMemo(
    () => ({
      ...buildUiSchema(props.schema, locale),
      'ui:submitButtonOptions': { norender: true },
    }),
    [props.schema, locale],
  );
  const formContext: ParamsFormContext = { locale };
  const templates = useMemo(() => paramsTemplates(locale), [locale]);
  // The live check's own errors, worked out as the form will: a server error saying the same
  // at the same field is left out, so that one mistake reads once.
  const serverErrors = useMemo(() => {
    if (props.serverErrors === undefined) return undefined;
    const live = validator.validateFormData(props.value, schema, undefined, (errors) =>
      localizeFormErrors(errors, props.schema, locale),
    );
    return withoutRepeatedErrors(props.serverErrors, live.errorSchema);
  }, [props.serverErrors, props.value, props.schema, schema, locale]);

  return (
    // Enter in a field must not submit the form: the page's button does that.
    <div
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
        }
      }}
    >
      <Form
        // A new language re-renders titles; remounting also re-runs validation in that language.
        key={locale}
        schema={schema}
        uiSchema={uiSchema}
        formData={props.value}
        formContext={formContext}
        validator={validator}
        widgets={widgets}
        templates={templates}
        liveValidate
        showErrorList={false}
        noHtml5Validate
        disabled={props.disabled}
        extraErrors={serverErrors}
        transformErrors={(errors) => localizeFormErrors(errors, props.schema, locale)}
        onChange={(event) => props.onChange((event.formData ?? {}) as Record<string, unknown>)}
        onSubmit={(event) => props.onSubmit((event.formData ?? {}) as Record<string, unknown>)}
      >
        {props.children}
      </Form>
    </div>
  );
}
