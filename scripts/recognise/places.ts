// Sets of place names for fast scanning of text.
import { CITY_NAMES, COUNTY_NAMES, PROVINCES } from '../gazetteer/index';

/** County-level names, with the short forms of autonomous counties (宽甸县). */
export const COUNTY_NAME_SET: ReadonlySet<string> = new Set(COUNTY_NAMES);

/** Prefecture-level names, with the short forms of autonomous prefectures (红河州). */
export const CITY_NAME_SET: ReadonlySet<string> = new Set(CITY_NAMES);
export const PROVINCE_NAME_SET: ReadonlySet<string> = new Set(PROVINCES);
