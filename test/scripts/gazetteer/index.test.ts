// The gazetteer: county-level names to their province, city and code, short forms included.
import { describe, expect, it } from 'vitest';
import { COUNTY_NAMES, findCounties } from '../../../scripts/gazetteer/index';

describe('findCounties', () => {
  it('finds a county by its name, narrowed by a province the text names', () => {
    expect(findCounties('大余县').map((c) => [c.name, c.city, c.province, c.code])).toEqual([
      ['大余县', '赣州市', '江西省', '360723'],
    ]);
    expect(findCounties('龙华区').length).toBeGreaterThan(1);
    expect(findCounties('龙华区', { province: '海南' }).map((c) => c.city)).toEqual(['海口市']);
  });

  it('finds an autonomous county by its short form, but never shadows a county of that name', () => {
    expect(findCounties('宽甸县').map((c) => [c.name, c.city])).toEqual([['宽甸满族自治县', '丹东市']]);
    expect(COUNTY_NAMES).toContain('宽甸县');
    // 长阳 and 长阳土家族自治县: the official name stays what it is.
    expect(findCounties('长阳土家族自治县').map((c) => c.name)).toEqual(['长阳土家族自治县']);
    expect(findCounties('和县').map((c) => c.name)).toEqual(['和县']);
  });
});
