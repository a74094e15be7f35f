import type { LimitRefused } from '@campaign-studio/sdk';

/** A per-customer limit cannot count a guest with neither a customer id nor a phone. */
export const GUEST_REFUSED: LimitRefused = {
  refused: true,
  message: {
    'zh-CN': '本活动需要识别顾客：请登录会员或提供手机号',
    en: 'this campaign needs to know the customer: a member id or a phone number',
  },
  expected: 'customer.id | customer.phone',
  actual: '—',
};
