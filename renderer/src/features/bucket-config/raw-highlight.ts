import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/**
 * JSON and XML colours from CSS variables (bucket-config.css), so the raw view reads well in
 * both colour schemes; CodeMirror's default style is made for light backgrounds only.
 */
export const rawHighlight = HighlightStyle.define([
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--code-literal)' },
  { tag: [tags.propertyName, tags.attributeName], color: 'var(--code-name)' },
  { tag: [tags.tagName, tags.angleBracket], color: 'var(--code-tag)' },
  { tag: tags.attributeValue, color: 'var(--code-string)' },
  { tag: [tags.comment, tags.processingInstruction, tags.meta], color: 'var(--code-muted)' },
  { tag: tags.invalid, color: 'var(--danger)' },
]);
