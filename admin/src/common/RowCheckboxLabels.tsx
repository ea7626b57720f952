import { useEffect, useRef, type ReactNode } from 'react';

/**
 * react-admin 5.15's row checkbox (SelectRowCheckbox) puts its aria-label on MUI's wrapping <span>, where ARIA does
 * not allow it, and leaves the <input> without a name (axe: aria-prohibited-attr, label). Until react-admin labels
 * the input itself, this moves each row checkbox's label onto its input as rows appear.
 */
export const RowCheckboxLabels = ({ children }: { children: ReactNode }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fix = () => {
      root.querySelectorAll<HTMLElement>('span.select-item[aria-label]').forEach((span) => {
        const input = span.querySelector('input');
        if (!input) return;
        input.setAttribute('aria-label', span.getAttribute('aria-label')!);
        span.removeAttribute('aria-label');
      });
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, []);
  return <div ref={ref}>{children}</div>;
};
