// Members of a dimension, as options for the filter controls.
import { useQuery } from '@tanstack/react-query';
import { membersQuery } from './queries';
import type { DimensionId, Member, MembersResponse } from './types';

export interface Option {
  value: string;
  label: string;
  demo?: boolean;
}

export function toOptions(response: MembersResponse | Member[] | undefined): Option[] {
  const members = Array.isArray(response) ? response : (response?.members ?? []);
  return members
    .filter((m) => m.key !== null && m.key !== undefined && m.key !== '')
    .map((m) => ({
      value: String(m.key),
      label: m.label ?? String(m.key),
      ...(m.demo ? { demo: true } : {}),
    }));
}

export function useMembers(
  dimension: DimensionId,
  cut?: string,
  enabled = true,
): { options: Option[]; isPending: boolean } {
  const query = useQuery({ ...membersQuery(dimension, cut), enabled });
  return { options: toOptions(query.data), isPending: query.isPending && enabled };
}
