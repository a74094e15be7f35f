import type { Customer } from '../types/index.js';

/**
 * Who "one customer" is for per-customer caps: the customer id, else the guest's phone number
 * (digits only, without the +86 / 0086 country code), else nobody: a guest with nothing to
 * identify them by.
 */
export function customerKeyOf(customer: Customer): string | undefined {
  if (customer.id) return customer.id;
  const phone = customer.phone ? normalisePhone(customer.phone) : '';

  return phone ? `phone:${phone}` : undefined;
}

function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  // A mainland number written with its country code is the same customer as without it.
  if (/^(0086|86)1\d{10}$/.test(digits)) return digits.slice(digits.length - 11);

  return digits;
}
