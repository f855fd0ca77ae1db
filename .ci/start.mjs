#!/usr/bin/env node
/*
 * `npm start`: Storybook on http://localhost:6006, or on the next free port when 6006 is taken (another
 * Storybook, say), said out loud. A port you ask for (`PORT=7000 npm start` or `npm start -- --port
 * 7000`) is used exactly: if it is busy the script says so and exits 1 instead of serving elsewhere.
 * Storybook alone, with its port busy and no terminal to ask in, exited 0 and served nothing.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The port Storybook has always used here. */
export const DEFAULT_PORT = 6006;
/** How many ports after the default to try before giving up. */
const PORT_SEARCH_SPAN = 100;

/** Whether something already listens on `port` (on any address or on the loopback one). */
export async function portIsBusy(port) {
  for (const host of ['0.0.0.0', '127.0.0.1', '::']) {
    const busy = await new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', (error) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'));
      server.once('listening', () => server.close(() => resolve(false)));
      server.listen({ port, host, exclusive: true });
    });
    if (busy) return true;
  }
  return false;
}

/** The first free port from `from` on, or null when the next PORT_SEARCH_SPAN ports are all busy. */
export async function findFreePort(from) {
  for (let port = from; port < from + PORT_SEARCH_SPAN; port += 1) {
    if (!(await portIsBusy(port))) return port;
  }
  return null;
}

/**
 * The port asked for (`--port N`, `-p N`, `PORT=N`), or null; the other arguments go to Storybook as
 * they are (`npm start -- --host 0.0.0.0` on a VM, in a container or in WSL).
 */
export function parseArgs(argv, env) {
  const rest = [];
  let asked = env.PORT || null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port' || arg === '-p') asked = argv[++i] ?? '';
    else if (arg.startsWith('--port=')) asked = arg.slice('--port='.length);
    else rest.push(arg);
  }
  return { asked, rest };
}

/** Prints a message to stderr and exits 1. */
function fail(message) {
  console.error(`\nnpm start: ${message}\n`);
  process.exit(1);
}

async function main() {
  const { asked, rest } = parseArgs(process.argv.slice(2), process.env);
  let port;
  if (asked !== null) {
    port = Number(asked);
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`"${asked}" is not a port number (1-65535).`);
    if (await portIsBusy(port)) {
      fail(
        `port ${port} is already in use, so Storybook cannot start on it.\n` +
          `Stop what is listening there (\`ss -ltnp | grep :${port}\` shows it), or choose another port: PORT=${port + 1} npm start`,
      );
    }
  } else {
    port = await findFreePort(DEFAULT_PORT);
    if (port === null) fail(`ports ${DEFAULT_PORT}-${DEFAULT_PORT + PORT_SEARCH_SPAN - 1} are all in use; choose one: PORT=7000 npm start`);
    if (port !== DEFAULT_PORT) console.warn(`\nnpm start: port ${DEFAULT_PORT} is in use; Storybook starts on http://localhost:${port} instead.\n`);
  }
  // --exact-port: should the port be taken between the check above and Storybook binding it, fail
  // (Storybook exits non-zero) rather than quietly serving somewhere else.
  const bin = fileURLToPath(new URL('../node_modules/.bin/storybook', import.meta.url));
  const storybook = spawn(bin, ['dev', '-p', String(port), '--exact-port', ...rest], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => storybook.kill(signal));
  storybook.on('error', (error) => fail(`could not run storybook (${error.message}); run npm ci first.`));
  storybook.on('exit', (code) => process.exit(code ?? 1));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
