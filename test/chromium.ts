/** Debian's Chromium: Playwright's own browser download is not available on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, repeatable headless Chromium (no background traffic, no first-run UI). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * WebGL and compositing both through ANGLE's SwiftShader, as desktop Chrome draws with a GPU: WebGL
 * frames reach the compositor as textures. With the defaults the page is composited in software,
 * which copies every WebGL frame back on the page's main thread and can leave scrolled-over map blank.
 */
export const ANGLE_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--use-gl=angle', '--use-angle=swiftshader'];
