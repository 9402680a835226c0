// Sets of place names for fast scanning of text.
import { COUNTIES } from '../gazetteer/index';

export const COUNTY_NAME_SET: ReadonlySet<string> = new Set(COUNTIES.map((c) => c.name));

import { CITIES, PROVINCES } from '../gazetteer/index';

export const CITY_NAME_SET: ReadonlySet<string> = new Set(CITIES.map((c) => c.name));
export const PROVINCE_NAME_SET: ReadonlySet<string> = new Set(PROVINCES);
