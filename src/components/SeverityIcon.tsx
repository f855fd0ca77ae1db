import type { HTMLAttributes } from 'react';
import type { CardErrorSeverity } from '../catalog/index.js';

/** Props of `SeverityIcon`. */
export interface SeverityIconProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** Which severity to draw. */
  severity: CardErrorSeverity;
  /** Localised accessible name, e.g. "错误"; omit to hide the icon from assistive technology. */
  label?: string;
}

/**
 * The severity icon: a distinct shape per severity (circle with a tick, circle with an i, triangle with
 * a bang, octagon with a cross), named for screen readers when `label` is given. One empty element: the
 * shape is a CSS mask painted in the text colour (styles.css, `[data-slot='icon']`), one element and a
 * handful of attributes fewer per alert and toast than an inline `<svg>` with its `<path>`.
 */
export function SeverityIcon({ severity, label, ...rest }: SeverityIconProps) {
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true };
  return <span data-slot="icon" data-severity={severity} {...a11y} {...rest} />;
}
