import { Fragment, type ReactNode } from 'react';
import { tileMarkdownLines, type RichNode } from './rich-text.ts';

function renderNodes(nodes: RichNode[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text': return <Fragment key={i}>{node.text}</Fragment>;
      case 'bold': return <strong key={i}>{renderNodes(node.children)}</strong>;
      case 'italic': return <em key={i}>{renderNodes(node.children)}</em>;
      case 'link': return <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">{renderNodes(node.children)}</a>;
    }
  });
}

/**
 * A tile body rendered as the channels show it (see rich-text.ts), in the
 * tile's language (`lang`, so screen readers pronounce it right).
 */
export function TileMarkdown({ text, lang, id }: { text: string; lang: string; id?: string }) {
  const lines = tileMarkdownLines(text);
  return (
    <div className="tile-markdown" lang={lang} id={id}>
      {lines.map((line, i) => <p key={i} className={line.length === 0 ? 'tile-markdown-gap' : undefined}>{renderNodes(line)}</p>)}
    </div>
  );
}
