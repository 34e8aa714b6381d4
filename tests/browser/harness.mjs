// Shared by the browser tests: a static server for the built site (the same headers as
// dbi-server) and Debian's Chromium, headless, driven by playwright-core.
//
// Environment (set by tests/browser/CMakeLists.txt):
//   DBI_SITE_DIR       the built site (build-wasm/site)
//   DBI_NATIVE_BUILD   the native build tree (for the dbi CLI), may be absent
//   DBI_ARTIFACTS      where screenshots and downloads go
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const siteDir = resolve(process.env.DBI_SITE_DIR ?? 'build-wasm/site');
export const nativeBuild = process.env.DBI_NATIVE_BUILD ? resolve(process.env.DBI_NATIVE_BUILD) : '';
export const artifacts = resolve(process.env.DBI_ARTIFACTS ?? 'browser-artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ttf': 'font/ttf', '.webmanifest': 'application/manifest+json',
};

// Serves `root` on 127.0.0.1 at a free port. `extraRoutes(req, res)` may answer first
// (return true when it did). Returns { url, close, requests } — `requests` logs every path.
export async function serveSite(root = siteDir, extraRoutes = null) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    if (extraRoutes && (await extraRoutes(req, res))) return;
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
          "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'",
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

// Chromium flags measured in ../shared/notes/toolchain.md §4 plus the closed-network ones.
export async function launchBrowser() {
  const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
           '--disable-background-networking', '--disable-component-update', '--no-first-run',
           '--disable-sync', '--disable-quic'],
  });
}

export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}
