import {
  definePlugin,
  defineTemplate,
  type SampleContext,
  type TemplateDefinition,
} from '@campaign-studio/sdk';
import h1TopUp3000 from '../samples/h1-top-up-3000.json';
import h2SunMonTue from '../samples/h2-sun-mon-tue.json';
import h3JulyPackage from '../samples/h3-july-package.json';
import h4ChargeAccount from '../samples/h4-charge-account.json';
import h5TwelveTables from '../samples/h5-twelve-tables.json';
import h6SixtyAttendeeDays from '../samples/h6-sixty-attendee-days.json';
import agreementCustomersTemplate from '../templates/agreement-customers.json';
import conferencePackageTemplate from '../templates/conference-package.json';
import graduationBanquetTemplate from '../templates/graduation-banquet.json';
import mondaySpecialTemplate from '../templates/monday-special.json';
import offSeasonPackageTemplate from '../templates/off-season-package.json';
import storedValueCardTemplate from '../templates/stored-value-card.json';
import { agreementPrice } from './blocks/agreement-price.js';
import { attendeeDays } from './blocks/attendee-days.js';
import { freeCheapestTable } from './blocks/free-cheapest-table.js';
import { nightPercentOff } from './blocks/night-percent-off.js';
import { packageParts } from './blocks/package-parts.js';
import { season } from './blocks/season.js';

/** Hotels: stored-value cards, room specials, packages, agreement companies, banquets. */
export const hotelPlugin = definePlugin({
  id: 'hotel',
  name: { 'zh-CN': '酒店', en: 'Hotels' },
  description: {
    'zh-CN': '储值卡充值赠送、周一特价房、淡季套餐、协议客户、升学宴、会议套餐',
    en: 'Stored-value bonuses, Monday rooms, off-season packages, agreements, banquets',
  },
  version: '0.1.0',
  engine: '^0.1.0',
  dependsOn: ['core'],
  blocks: [season, nightPercentOff, packageParts, agreementPrice, freeCheapestTable, attendeeDays],
  templates: [
    storedValueCardTemplate,
    mondaySpecialTemplate,
    offSeasonPackageTemplate,
    agreementCustomersTemplate,
    graduationBanquetTemplate,
    conferencePackageTemplate,
  ].map((json) => defineTemplate(json as TemplateDefinition)),
  samples: [
    h1TopUp3000,
    h2SunMonTue,
    h3JulyPackage,
    h4ChargeAccount,
    h5TwelveTables,
    h6SixtyAttendeeDays,
  ] as SampleContext[],
});
