import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import kitCss from '../src/components/styles.css?raw';
import { designerWords } from './support/designerWords';
import { cssVariables, tokenRows, type TokenRow } from './support/tokens';
import './support/stories.css';
import './support/design.css';

const THEMES = ['light', 'dark'] as const;

/** What a value looks like: a swatch for a colour, the sample text for a font stack, else nothing. */
function Preview({ value, sample }: { value: string; sample: string }) {
  if (CSS.supports('color', value)) return <span className="sb-swatch" data-testid="swatch" style={{ background: value }} aria-hidden="true" />;
  if (CSS.supports('font-family', value) && value.includes(',')) {
    return (
      <span className="sb-token-sample" style={{ fontFamily: value }} aria-hidden="true">
        {sample}
      </span>
    );
  }
  return null;
}

/** One row: the variable, where it is declared, and its value on each theme's own surface. */
function Row({ row, lng }: { row: TokenRow; lng: string }) {
  const words = designerWords(lng).tokens;
  const scope = row.scope === 'theme' ? words.perTheme : row.scope === 'root' ? words.everyTheme : <code>{row.scope}</code>;
  return (
    <tr data-token={row.name}>
      <th scope="row">
        <code>{row.name}</code>
      </th>
      <td>{scope}</td>
      {THEMES.map((theme) => (
        <td key={theme} data-cek-theme={theme} data-value={row.resolved[theme]}>
          <span className="sb-token-value">
            <Preview value={row.resolved[theme]} sample={words.sample} />
            {row.resolved[theme] ? <code>{row.resolved[theme]}</code> : <span>{words.noValue}</span>}
          </span>
          {row.declared[theme] === row.resolved[theme] ? null : (
            <span className="sb-muted">
              {' '}
              <code>{row.declared[theme]}</code>
            </span>
          )}
        </td>
      ))}
    </tr>
  );
}

/** Every `--cek-*` variable of the stylesheet with its light and dark value. */
function Tokens({ lng }: { lng: string }) {
  const words = designerWords(lng).tokens;
  return (
    <div className="sb-page">
      <p>{words.intro}</p>
      <div className="sb-scroll">
        <table className="sb-table sb-tokens">
          <caption>{words.title}</caption>
          <thead>
            <tr>
              <th scope="col">{words.variable}</th>
              <th scope="col">{words.where}</th>
              <th scope="col">{words.light}</th>
              <th scope="col">{words.dark}</th>
            </tr>
          </thead>
          <tbody>
            {tokenRows(kitCss).map((row) => (
              <Row key={`${row.name} ${row.scope}`} row={row} lng={lng} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * For designers: every `--cek-*` variable of `src/components/styles.css`, read from the file itself
 * (Vite's `?raw`), with its light and dark value, a swatch on each theme's own surface, and where it
 * is declared. A host re-themes the kit by overriding any of them.
 */
const meta = {
  title: 'Design/Tokens',
  component: Tokens,
  args: { lng: 'en' },
  argTypes: { lng: { control: false, description: 'Follows the Locale toolbar.' } },
  render: (_args, { globals }) => <Tokens lng={String(globals.locale ?? 'en')} />,
} satisfies Meta<typeof Tokens>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Properties that take each kind of token value, most specific first. */
const PROBE_PROPERTIES = ['color', 'box-shadow', 'font-family', 'width', 'transform'] as const;

/**
 * A value as the browser computes it on a real property that takes it, so two spellings of one value
 * compare equal: the built Storybook minifies the stylesheet (#ffffff becomes #fff), `?raw` does not.
 */
function canonical(value: string, probe: HTMLElement): string {
  const property = PROBE_PROPERTIES.find((name) => value !== '' && CSS.supports(name, value));
  if (!property) return value.trim();
  probe.style.setProperty(property, value);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.style.removeProperty(property);
  return computed;
}

/** The table; the test checks it lists every variable of the file and that the browser agrees with it. */
export const EveryVariable: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const words = designerWords(String(globals.locale)).tokens;
    const table = canvas.getByRole('table', { name: words.title });
    const rows = within(table).getAllByRole('row').filter((row) => row.dataset.token !== undefined);

    await step('every variable declared in styles.css has a row', async () => {
      const declared = new Set(cssVariables(kitCss).map((declaration) => declaration.name));
      await expect(declared.size).toBeGreaterThan(15); // the parser found the palette, not nothing
      await expect(new Set(rows.map((row) => row.dataset.token))).toEqual(declared);
      for (const name of ['--cek-surface', '--cek-error-bg', '--cek-radius']) {
        await expect(within(table).getByRole('rowheader', { name })).toBeVisible();
      }
    });

    await step('each shown value is what the browser computes in that theme', async () => {
      const checked = tokenRows(kitCss).filter((row) => row.scope === 'theme' || row.scope === 'root');
      for (const row of checked) {
        const cells = rows.find((r) => r.dataset.token === row.name)?.querySelectorAll<HTMLElement>('td[data-cek-theme]') ?? [];
        await expect(cells).toHaveLength(2);
        for (const cell of cells) {
          const shown = canonical(cell.dataset.value ?? '', cell);
          await expect(canonical(getComputedStyle(cell).getPropertyValue(row.name), cell)).toBe(shown);
        }
      }
      // A colour gets a swatch in both themes.
      const surface = rows.find((r) => r.dataset.token === '--cek-surface');
      await expect(within(surface as HTMLElement).getAllByTestId('swatch')).toHaveLength(2);
    });
  },
};
