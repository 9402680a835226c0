// Sets of place names for fast scanning of text.
import { COUNTIES } from '../gazetteer/index';

export const COUNTY_NAME_SET: ReadonlySet<string> = new Set(COUNTIES.map((c) => c.name));
