/**
 * Percent off (stored: 12 means 12% off) and 折 (shown in zh-CN: 8.8折 means pay 88%).
 * Both directions round to 2 decimals so a round trip never drifts.
 */
export function percentOffToZhe(percentOff: number): number {
  return Math.round((100 - percentOff) * 10) / 100;
}

export function zheToPercentOff(zhe: number): number {
  return Math.round((10 - zhe) * 1000) / 100;
}

export function formatPercentOff(percentOff: number, locale: string): string {
  if (locale === 'zh-CN') return `${percentOffToZhe(percentOff)}折`;

  return `${percentOff}% off`;
}
