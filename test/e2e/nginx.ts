import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const run = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/** Checks `done` every 50 ms for up to 5 s; says whether it came true. */
async function until(done: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (done()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return done();
}

export interface RunningNginx {
  url: string;
  /** What `nginx -t` printed about the generated configuration. */
  configTest: string;
  stop: () => Promise<void>;
}

/**
 * Runs Debian's nginx with deploy/nginx.conf (root and port filled in) and deploy/site.conf in a
 * temporary prefix. Single process: as root, worker processes would drop to `nobody`, who may not
 * read the checkout. nginx returns once it listens and leaves a pid file; stop() signals that pid.
 */
export async function startNginx(root = 'dist'): Promise<RunningNginx> {
  const prefix = await mkdtemp(join(tmpdir(), 'digital-trunk-nginx-'));
  await mkdir(join(prefix, 'logs'));
  await mkdir(join(prefix, 'temp'));
  const port = await freePort();
  const template = await readFile('deploy/nginx.conf', 'utf8');
  const conf = join(prefix, 'nginx.conf');
  await writeFile(conf, template.replaceAll('@ROOT@', resolve(root)).replaceAll('@PORT@', String(port)));
  await copyFile('deploy/site.conf', join(prefix, 'site.conf'));
  const args = ['-p', `${prefix}/`, '-c', conf, '-g', 'master_process off;'];
  const test = await run(NGINX, ['-t', ...args]);
  await run(NGINX, args);
  const pidFile = join(prefix, 'nginx.pid');
  // The daemon writes its pid file just after the command returns.
  if (!(await until(() => existsSync(pidFile)))) throw new Error(`nginx wrote no pid file; see ${prefix}/logs/error.log`);
  return {
    url: `http://127.0.0.1:${port}/`,
    configTest: test.stderr,
    stop: async () => {
      if (existsSync(pidFile)) {
        process.kill(Number(await readFile(pidFile, 'utf8')), 'SIGQUIT');
        // nginx removes its pid file as it exits.
        await until(() => !existsSync(pidFile));
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
