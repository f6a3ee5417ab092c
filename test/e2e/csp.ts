import type { Page, Route } from 'playwright-core';

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

export type Delivery = 'header' | 'meta';

/**
 * Serves the built site (at `siteUrl`) under the strict policy: as a header on every response (the worker's
 * script gets its own policy from its response, as behind nginx), or as a `<meta>` in the HTML.
 * `editHtml` changes the HTML first (to plant a violation).
 */
export function serveUnderCsp(siteUrl: string, delivery: Delivery, editHtml: (html: string) => string = (html) => html) {
  return async (page: Page) => {
    await recordCspViolations(page);
    // A request still in flight when the test closes its page fails to fulfil: abort it then. A
    // failure while the page is open also aborts the request, which the page then reports.
    await page.route('**/*', (route) => serve(route).catch(() => route.abort().catch(() => undefined)));
    async function serve(route: Route) {
      const request = route.request();
      const isDocument = request.resourceType() === 'document';
      if (new URL(request.url()).origin !== new URL(siteUrl).origin || (delivery === 'meta' && !isDocument)) return route.fallback();
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if (delivery === 'header') headers['content-security-policy'] = STRICT_CSP;
      if (!isDocument) return route.fulfill({ response, headers });
      let body = editHtml(await response.text());
      delete headers['content-length'];
      if (delivery === 'meta') {
        const withMeta = body.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />`);
        if (withMeta === body) throw new Error('no <head> to put the CSP <meta> in');
        body = withMeta;
      }
      await route.fulfill({ response, body, headers });
    }
  };
}
