import { describe, expect, it } from 'vitest';
import { expandTemplate, expandTemplateTraced } from '../src/index.js';

describe('template placeholders', () => {
  const params = {
    name: 'Spring',
    tiers: [
      { min: 19900, off: 2000 },
      { min: 0, off: 501 },
    ],
  };

  it('takes params, repeats for each item (spliced into arrays), and formats yuan', () => {
    const expanded = expandTemplate(
      {
        title: { $param: 'name' },
        missing: { $param: 'nowhere' },
        rules: [
          { id: 'first' },
          {
            $each: 'tiers',
            as: 't',
            do: {
              id: { $format: 'tier-{{$index}}' },
              label: {
                $if: 't.min',
                then: { $format: '满{{t.min|yuan}}减{{t.off|yuan}}' },
                else: 'none',
              },
            },
          },
        ],
      },
      params,
    );

    expect(expanded).toEqual({
      title: 'Spring',
      rules: [
        { id: 'first' },
        { id: 'tier-0', label: '满199减20' },
        { id: 'tier-1', label: 'none' },
      ],
    });
  });
});

describe('tracing params into the campaign', () => {
  it('says where each $param landed, through $each splices', () => {
    const { origins } = expandTemplateTraced(
      {
        window: { $param: 'days' },
        rules: [
          { id: 'fixed' },
          { $each: 'tiers', as: 't', do: { params: { min: { $param: 't.min' } } } },
        ],
      },
      { days: { firstDay: '2026-11-11' }, tiers: [{ min: 1 }, { min: 2 }] },
    );

    expect(origins).toEqual([
      { output: '/window', param: '/days' },
      { output: '/rules/1/params/min', param: '/tiers/0/min' },
      { output: '/rules/2/params/min', param: '/tiers/1/min' },
    ]);
  });
});
