import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.ts';

describe('escapeHtml', () => {
  it('escapes markup and both quotes, and nothing else', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script> ł`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt; ł');
  });
});
