import { html, joinHtml, raw, type HtmlValue, type SafeHtml } from '../html.js';

export interface TableColumn<T> {
  /** Header cell content (escaped unless SafeHtml). */
  header: HtmlValue;
  /** Cell content for a row (escaped unless SafeHtml). `index` starts at 0. */
  cell: (row: T, index: number) => HtmlValue;
  /** CSS width, e.g. '8%', '25mm'. */
  width?: string;
  align?: 'left' | 'center' | 'right';
  /**
   * Do not break the cell's text at its spaces (e.g. a date). A text longer than the whole column still wraps:
   * nothing is cut off.
   */
  nowrap?: boolean;
}

export interface DataTableOptions {
  /** Shown in a single full-width row when there are no rows (default "Tidak ada data."). */
  emptyText?: string;
  /** Extra class on the table element. */
  className?: string;
  /** Optional caption above the table (escaped unless SafeHtml). */
  caption?: HtmlValue;
}

export const tableCss: SafeHtml = raw(`
table.data { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 10.5pt; line-height: 1.25; margin: 6pt 0; }
table.data caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 3pt; }
table.data th, table.data td { border: 0.75pt solid #000; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
/* fixed layout: the columns keep the template's widths; a long unbroken value (a URL, a number) wraps inside its
   column instead of widening it, and a normal word is broken only when it is wider than the whole column */
table.data th, table.data td { overflow-wrap: anywhere; word-break: normal; }
table.data thead { display: table-header-group; }
table.data tfoot { display: table-footer-group; }
table.data th { background: #e6e6e6; font-weight: bold; text-align: center; vertical-align: middle; }
/* a row moves to the next page whole (its cells read as a whole); only a row taller than a page is split */
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data td.a-center { text-align: center; }
table.data td.a-right { text-align: right; }
table.data td.empty { text-align: center; font-style: italic; }
`);

const WIDTH_RE = /^\d+(\.\d+)?(%|mm|cm|pt|px|em|rem|ch)$/;

/** No break at spaces (no-break spaces instead); a value longer than its column still wraps. */
function noBreakAtSpaces(value: HtmlValue): HtmlValue {
  return typeof value === 'string' ? value.replace(/ /g, '\u00a0') : value;
}

/** A number such as "001/PPID/KPU-LBK/XII/2026" that may wrap after each slash. */
export function breakAfterSlashes(text: string): SafeHtml {
  return joinHtml(text.split('/'), html`/<wbr>`);
}

/** A bordered data table whose header row repeats on every page. */
export function dataTable<T>(
  columns: readonly TableColumn<T>[],
  rows: readonly T[],
  options: DataTableOptions = {},
): SafeHtml {
  for (const c of columns) {
    if (c.width !== undefined && !WIDTH_RE.test(c.width)) {
      throw new RangeError(`Invalid column width: ${c.width}`);
    }
  }
  const cls = (c: TableColumn<T>): string => (c.align && c.align !== 'left' ? `a-${c.align}` : '');
  const body =
    rows.length === 0
      ? html`<tr><td class="empty" colspan="${columns.length}">${options.emptyText ?? 'Tidak ada data.'}</td></tr>`
      : rows.map(
          (r, i) =>
            html`<tr>${columns.map((c) => {
              const k = cls(c);
              const value = c.nowrap ? noBreakAtSpaces(c.cell(r, i)) : c.cell(r, i);
              return k ? html`<td class="${k}">${value}</td>` : html`<td>${value}</td>`;
            })}</tr>`,
        );
  return html`<table class="${['data', options.className ?? ''].filter(Boolean).join(' ')}">
${options.caption !== undefined && options.caption !== null ? html`<caption>${options.caption}</caption>` : ''}
<colgroup>${columns.map((c) => (c.width ? html`<col style="width:${c.width}">` : html`<col>`))}</colgroup>
<thead><tr>${columns.map((c) => html`<th>${c.header}</th>`)}</tr></thead>
<tbody>${body}</tbody>
</table>`;
}
