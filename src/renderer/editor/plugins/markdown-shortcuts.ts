import {
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';
import { $createHorizontalRuleNode, $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';

/** "## " and "### " only: the body has no h1 (the headline is the story's one) and no deeper levels. */
const SUBHEADING: ElementTransformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

/**
 * "*** " or "___ " for a rule ("---" cannot be typed: two hyphens become an
 * em dash as you type).
 */
const RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '***' : null),
  regExp: /^(\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    if (isImport || parentNode.getNextSibling() !== null) parentNode.replace(rule);
    else parentNode.insertBefore(rule);
    rule.selectNext();
  },
  type: 'element',
};

/**
 * The Markdown-style shortcuts typed at the start of a block or around words:
 * ## and ### subheadings, > quote, - or * and 1. lists, *** rule, **bold**
 * and *italic*. Nothing else (no code, tables or links by Markdown).
 */
export const markdownShortcuts: Transformer[] = [
  SUBHEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  RULE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
];
