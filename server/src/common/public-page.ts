/** The shell of the small public, script-free pages (DIP, web form, tracking, verification). */
export const PUBLIC_PAGE_CSS = `body{font-family:system-ui,'Segoe UI',Roboto,sans-serif;max-width:1100px;margin:1.5rem auto;padding:0 1rem;color:#1f1f1f;line-height:1.45}
header{border-bottom:4px double #7a1f1f;margin-bottom:1rem;padding-bottom:.5rem}h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin-top:1.6rem;color:#7a1f1f}
form.inline{display:flex;gap:.5rem;flex-wrap:wrap;margin:1rem 0}input,select,button,textarea{font:inherit;padding:.4rem .6rem}button{background:#7a1f1f;color:#fff;border:0;border-radius:4px;cursor:pointer}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #bbb;padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:#f3ecec}
.muted{color:#666}.downloads a{margin-right:1rem}.err{color:#b71c1c}.ok{color:#1b5e20}
fieldset{border:1px solid #ccc;margin:1rem 0;padding:.5rem 1rem}label{display:block;margin:.5rem 0 .15rem}.checks label{display:inline-block;margin-right:1rem}
input[type=text],input[type=email],input[type=search],select,textarea{width:100%;max-width:640px;box-sizing:border-box}.code{font-family:monospace;font-size:1.6rem;letter-spacing:.1rem}`;

export function publicPage(title: string, body: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title.replace(/[<>&"]/g, '')} — Lentera</title><style>${PUBLIC_PAGE_CSS}</style></head><body>${body}</body></html>`;
}
