// How the browser tests and the bench start Chromium: Debian's build (apt-get install chromium),
// since Playwright's own browser download is not reachable from these machines, with the flags
// that keep it from calling out to the network it does not have.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
