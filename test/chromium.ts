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

/**
 * WebGL and compositing through ANGLE on Mesa's llvmpipe (surfaceless EGL: no display needed), a
 * software OpenGL: Chromium's GPU process spent 41 s of CPU on draw.e2e this way against 75 s with
 * SwiftShader, and the e2e tier ran in 400 s instead of 511–526 s. Chromium blocklists software OpenGL,
 * hence `--ignore-gpu-blocklist`. Needs Debian's libegl-mesa0 and libgl1-mesa-dri (.ci/run installs them).
 */
export const LLVMPIPE_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist'];
