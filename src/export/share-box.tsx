import { useEffect, useId, useRef, useState } from 'react';
import type { ShareProps } from '../components/panel-chrome';
import { citationFull, citationOneLine } from './citation';

/** Text safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The few lines a host page adds so its frame follows the embedded panel's height. */
function hostScript(origin: string, messageType: string): string {
  return [
    '<script>',
    "addEventListener('message', function (e) {",
    `  if (e.origin !== '${origin}' || !e.data || e.data.type !== '${messageType}') return;`,
    "  document.querySelectorAll('iframe').forEach(function (f) {",
    '    if (f.contentWindow === e.source) f.height = String(e.data.height);',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}

function CopyBlock({
  label,
  text,
  rows,
  code = false,
}: {
  label: string;
  text: string;
  rows: number;
  /** Code keeps a fixed-width font; a citation reads as prose. */
  code?: boolean;
}) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied.');
    } catch {
      // The clipboard can be refused (an insecure page, a setting): the text is selected instead.
      area.current?.select();
      setSaid('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        ref={area}
        readOnly
        rows={rows}
        value={text}
        className={`mt-1 w-full rounded border border-slate-400 p-2 text-sm ${code ? 'font-mono' : ''}`}
        onFocus={(e) => e.target.select()}
      />
      <span className="flex items-center gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand"
        >
          Copy {label.toLowerCase()}
        </button>
        <span role="status" className="text-sm">
          {said}
        </span>
      </span>
    </div>
  );
}

/** A panel's citation (one line and full) or its embed code, to copy. */
export function ShareBox({ request, panel, onClose }: ShareProps) {
  const { kind, height, filterLine, link } = request;
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => heading.current?.focus(), [kind]);
  const cited = { ...panel, filterLine, link, accessed: new Date() };
  const texts = {
    oneLine: citationOneLine(cited),
    full: citationFull(cited),
    // The embedded page drops the toolbar but adds the filter line and a link: about as tall.
    iframe: `<iframe src="${attribute(request.embedSrc)}" title="${attribute(`${panel.title}: online grooming of children dashboard`)}" width="100%" height="${Math.ceil(height + 40)}" loading="lazy" style="border:0"></iframe>`,
    script: hostScript(request.origin, request.messageType),
  };
  return (
    <section
      aria-labelledby={headingId}
      className="no-print mt-3 rounded border border-slate-300 bg-slate-50 p-4 text-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="text-base font-bold">
          {kind === 'cite' ? 'Cite this panel' : 'Embed this panel'}
        </h3>
        <button type="button" onClick={onClose} className="font-semibold text-brand underline">
          Close
        </button>
      </div>
      {kind === 'cite' ? (
        <>
          <p className="mt-1">
            The link opens this exact view; the date is today&apos;s. The full form lists every
            publication the figures come from.
          </p>
          <CopyBlock label="One-line citation" text={texts.oneLine} rows={3} />
          <CopyBlock label="Full citation" text={texts.full} rows={8} />
        </>
      ) : (
        <>
          <p className="mt-1">
            Paste the code into a web page: it shows this panel alone, with the current filters, its
            sources and a link to the full dashboard.
          </p>
          <CopyBlock label="Embed code" text={texts.iframe} rows={4} code />
          <p className="mt-3">
            The panel tells the page its height as it changes. To follow it, the page adds once:
          </p>
          <CopyBlock label="Height script" text={texts.script} rows={8} code />
        </>
      )}
    </section>
  );
}
