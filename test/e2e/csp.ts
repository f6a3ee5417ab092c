import type { Page } from 'playwright-core';

/** The policy the built site must work under: nothing inline, nothing evaluated, no other origin. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
].join('; ');

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Records every `securitypolicyviolation` of the page's documents, from before the first script runs. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations);
}

/**
 * The strict policy of a host page on another origin that embeds the map from `mapOrigin`: the
 * map's module, data, worker, font and frame allowed from there, as a real host would list them.
 */
export function hostCsp(mapOrigin: string): string {
  const extra: Record<string, string> = {
    'script-src': mapOrigin,
    'connect-src': mapOrigin,
    'worker-src': mapOrigin,
    'img-src': mapOrigin,
    'font-src': mapOrigin,
  };
  const directives = STRICT_CSP.split('; ').map((directive) => {
    const name = directive.split(' ')[0];
    return name in extra ? `${directive} ${extra[name]}` : directive;
  });
  return [...directives, `frame-src ${mapOrigin}`].join('; ');
}
