// Modules the build makes (vite.config.ts's plugins).
declare module 'virtual:bundled-copy' {
  const copy: import('./data/bundled-copy').BundledCopy;
  export default copy;
}
