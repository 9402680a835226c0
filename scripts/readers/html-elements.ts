// What the HTML reader knows about elements and text before it lays anything out: the tags that
// hold no report text, the tags that break paragraphs, site chrome (nav, header, footer, menus,
// breadcrumbs) and boilerplate lines ("打印本页", …), and small helpers on parse5 nodes.

import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** The heading tags: they break paragraphs and mark a page's structure. */
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'select',
  'button',
  'input',
  'textarea',
  'svg',
  'canvas',
  'object',
  'head',
  'menu',
]);

export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  ...HEADING_TAGS,
  'blockquote',
  'pre',
  'center',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'caption',
  'address',
  'hr',
  'body',
  'header',
  'footer',
  'tr',
  'td',
  'th',
]);

/** class/id tokens that mark site chrome rather than the report. */
const CHROME_TOKEN =
  /(^|[-_\s])(nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|footer|sidebar|share|toolbar|topbar|dqwz)([-_\s]|$)/i;

/** Lines that are site boilerplate, whatever element holds them. */
const BOILERPLATE_PREFIX =
  /^((当前位置|您当前的位置|您当前所在位置|您现在的位置|当前所在位置|您的位置|所在位置)\s*[:：]?|首页\s*[>›»＞])/;
const BOILERPLATE_TOKENS =
  /打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|收藏本页|加入收藏|分享到|分享|字号|字体|默认|[大中小]|保存|【|】|\[|\]|[|｜:：·\s\u3000]/g;

export function isBoilerplate(text: string): boolean {
  if (BOILERPLATE_PREFIX.test(text)) return true;
  return text.length <= 40 && text.replace(BOILERPLATE_TOKENS, '') === '' && /[\u4e00-\u9fff]/.test(text);
}

export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function isChrome(el: Element, inArticle: boolean): boolean {
  if ((el.tagName === 'header' || el.tagName === 'footer') && !inArticle) return true;
  const style = attr(el, 'style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return true;
  const tokens = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  return CHROME_TOKEN.test(tokens);
}

export function children(node: Node): Node[] {
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}
