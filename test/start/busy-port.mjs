// `npm start` with its port busy (issue 14: Storybook exited 0 and served nothing). Part of `npm test`.
// An asked-for port that is busy: a message naming it and how to choose another, and exit 1, quickly.
// The default port busy: the next free one is found. Uses ports the OS hands out, never 6006 itself,
// so a Storybook already running on this machine does not matter.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { findFreePort, parseArgs, portIsBusy } from '../../.ci/start.mjs';

/** Listens on a port the OS picks (on every address, as Storybook does) and returns it with the server. */
async function occupyPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, resolve));
  return { server, port: server.address().port };
}

const { server, port } = await occupyPort();
try {
  assert.equal(await portIsBusy(port), true, `port ${port} is held by this test`);

  const started = Date.now();
  const run = spawnSync(process.execPath, ['.ci/start.mjs'], {
    env: { ...process.env, PORT: String(port) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.notEqual(run.status, 0, `npm start on busy port ${port} must not exit 0 (stdout: ${run.stdout})`);
  assert.equal(run.status, 1);
  assert.match(run.stderr, new RegExp(`port ${port} is already in use`));
  assert.match(run.stderr, new RegExp(`PORT=${port + 1} npm start`));
  const seconds = (Date.now() - started) / 1000;

  const cli = spawnSync(process.execPath, ['.ci/start.mjs', '--port', String(port)], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(cli.status, 1, `--port ${port} busy must exit 1 too`);

  const free = await findFreePort(port);
  assert.ok(free !== null && free > port, `the next free port after busy ${port} (got ${free})`);
  assert.equal(await portIsBusy(free), false);

  // `npm start -- --host 0.0.0.0` (README, for a VM): the host reaches Storybook, the port stays ours.
  assert.deepEqual(parseArgs(['--host', '0.0.0.0', '--port', '7000'], {}), { asked: '7000', rest: ['--host', '0.0.0.0'] });

  console.log(`start: busy port ${port} -> exit 1 with a message in ${seconds.toFixed(1)} s; next free port found: ${free}`);
} finally {
  server.close();
}
