// Interface strings in Chinese (first) and English. Labels, units and formats of measures and
// dimensions are not here: they come from the catalog (/api/model).
import { createContext, useContext } from 'react';
import type { Lang } from '../format';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type { MessageKey };

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const table = MESSAGES[lang];
  return (key, params) => {
    let text = table[key] ?? zh[key] ?? key;
    for (const [name, value] of Object.entries(params ?? {})) text = text.replace(`{${name}}`, String(value));
    return text;
  };
}

export const LangContext = createContext<Lang>('zh');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): Translate {
  return translator(useLang());
}
