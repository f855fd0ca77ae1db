import type { SVGProps } from 'react';
import type { CardErrorSeverity } from '../catalog/index.js';

/** One glyph per severity, so the meaning never rests on colour alone. */
const GLYPHS = {
  success: 'M8 12.5l2.8 2.8L16.5 9.5',
  info: 'M12 11v6M12 7.5v.01',
  warning: 'M12 9v4.5M12 16.5v.01',
  error: 'M9 9l6 6M15 9l-6 6',
} as const satisfies Record<CardErrorSeverity, string>;

/** The outline behind each glyph: circle, circle, triangle, octagon. */
const OUTLINES = {
  success: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z',
  info: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z',
  warning: 'M12 3.5L21.5 20h-19z',
  error: 'M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z',
} as const satisfies Record<CardErrorSeverity, string>;

/** Props of `SeverityIcon`. */
export interface SeverityIconProps extends Omit<SVGProps<SVGSVGElement>, 'children'> {
  /** Which severity to draw. */
  severity: CardErrorSeverity;
  /** Localised accessible name, e.g. "错误"; omit to hide the icon from assistive technology. */
  label?: string;
}

/** The severity icon: a distinct shape per severity, named for screen readers when `label` is given. */
export function SeverityIcon({ severity, label, ...rest }: SeverityIconProps) {
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true };
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      data-slot="icon"
      data-severity={severity}
      {...a11y}
      {...rest}
    >
      {/* One path, outline and glyph: one element fewer per alert and toast. */}
      <path d={OUTLINES[severity] + GLYPHS[severity]} />
    </svg>
  );
}
