import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../src/index.js';

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
