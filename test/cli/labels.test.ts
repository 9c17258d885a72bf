import { describe, expect, it } from 'vitest';
import { indicatorCell, indicatorValue } from '../../src/cli/render/labels.js';

describe('indicatorValue', () => {
  it('prints a ratio with one decimal, two under 1 %', () => {
    expect(indicatorValue({ value: 0.9, unit: 'ratio' })).toBe('90,0 %');
    expect(indicatorValue({ value: 0.0006, unit: 'ratio' })).toBe('0,06 %');
  });

  it('adds decimals until a value just off its meta no longer prints as the meta', () => {
    const meta = { operator: '>=', value: 0.8 } as const;
    expect(indicatorValue({ value: 0.79996, unit: 'ratio', meta })).toBe('79,996 %');
    expect(indicatorValue({ value: 0.8, unit: 'ratio', meta })).toBe('80,0 %');
    expect(indicatorValue({ value: 0.85, unit: 'ratio', meta })).toBe('85,0 %');
  });

  it('marks the cell with the verdict, with the same digits', () => {
    const r = {
      value: 0.79996,
      unit: 'ratio',
      complies: false,
      meta: { operator: '>=', value: 0.8 },
    } as const;
    expect(indicatorCell(r)).toBe('79,996 % ✗');
  });
});
