// The gazetteer: county-level names to their province, city and code, short forms included.
import { describe, expect, it } from 'vitest';
import { COUNTY_NAMES, cityNamed, findCounties } from '../../../scripts/gazetteer/index';

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

describe('a county renamed since', () => {
  it('is found by its former name, called so, with today’s code', () => {
    expect(findCounties('旬阳县').map((c) => [c.name, c.city, c.code])).toEqual([
      ['旬阳县', '安康市', '610981'],
    ]);
    expect(findCounties('富阳市').map((c) => [c.name, c.code])).toEqual([['富阳市', '330111']]);
    expect(findCounties('沙县').map((c) => c.code)).toEqual(['350405']);
    // Today's name is still today's division; a merged one (莱城区 into 济南) is no county.
    expect(findCounties('旬阳市').map((c) => c.name)).toEqual(['旬阳市']);
    expect(findCounties('莱城区')).toEqual([]);
  });
});

describe('cityNamed', () => {
  it('finds an autonomous prefecture by its short form, the peoples of its name taken off', () => {
    expect(cityNamed('红河州')?.name).toBe('红河哈尼族彝族自治州');
    expect(cityNamed('黔东南州')?.name).toBe('黔东南苗族侗族自治州');
    expect(cityNamed('湘西州')?.code).toBe('433100');
    expect(cityNamed('岳阳市')?.name).toBe('岳阳市');
    expect(cityNamed('黔东州')).toBeUndefined();
  });
});
