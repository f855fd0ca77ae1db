import type { HTMLAttributes } from 'react';

/** Props of `SeverityIcon`. */
export interface SeverityIconProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** Localised accessible name, e.g. "错误"; omit to hide the icon from assistive technology. */
  label?: string;
}

/**
 * The severity icon: a distinct shape per severity (circle with a tick, circle with an i, triangle with
 * a bang, octagon with a cross), named for screen readers when `label` is given. One empty element: the
 * shape is a CSS mask painted in the text colour (styles.css, `[data-slot='icon']`), one element and a
 * handful of attributes fewer per alert and toast than an inline `<svg>` with its `<path>`. It draws the
 * severity of the element it sits in (its `data-severity`: the alert, toast, summary or summary row), so
 * it carries no attribute of its own for it. Holds no hooks, and must not: `<CardErrorAlert>` calls it
 * as a function (one component fewer per alert).
 */
export function SeverityIcon({ label, ...rest }: SeverityIconProps) {
  return label ? <span data-slot="icon" role="img" aria-label={label} {...rest} /> : <span data-slot="icon" aria-hidden {...rest} />;
}
