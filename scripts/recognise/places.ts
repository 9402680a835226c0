// Sets of place names for fast scanning of text.
import { CITIES, COUNTY_NAMES, PROVINCES } from '../gazetteer/index';

/** County-level names, with the short forms of autonomous counties (宽甸县). */
export const COUNTY_NAME_SET: ReadonlySet<string> = new Set(COUNTY_NAMES);

export const CITY_NAME_SET: ReadonlySet<string> = new Set(CITIES.map((c) => c.name));
export const PROVINCE_NAME_SET: ReadonlySet<string> = new Set(PROVINCES);
