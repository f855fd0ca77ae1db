import { version } from 'react';
import { version as domVersion } from 'react-dom';

// The unit-react18 project must really run React 18: a wrong alias would quietly test React 19 twice.
if (!version.startsWith('18.') || !domVersion.startsWith('18.')) {
  throw new Error(`unit-react18 loaded react ${version} / react-dom ${domVersion}, expected 18.x (see vite.config.ts)`);
}
