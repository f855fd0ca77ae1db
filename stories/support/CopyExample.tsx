import { CARD_ERROR_RESOURCES, type CardErrorAction } from '../../src/index';
import './stories.css';

type Lng = 'zh-CN' | 'en';
const LANGUAGES = ['zh-CN', 'en'] as const satisfies readonly Lng[];
const LANGUAGE_NAMES = { 'zh-CN': '简体中文', en: 'English' } as const satisfies Record<Lng, string>;

/** Words quoted from the locale files: a code's message or hint, optionally with the button it gets. */
interface KitSample {
  readonly code: string;
  readonly field: 'message' | 'hint';
  readonly button?: Exclude<CardErrorAction, 'none'>;
  /** Said instead of "the kit's <field> for <code>" (a kit message with a button the kit does not give it). */
  readonly note?: string;
}
/** Words written for the guide (what not to write), in both languages. */
type OwnSample = Readonly<Record<Lng, string>>;
type Sample = KitSample | OwnSample;

const isKit = (sample: Sample): sample is KitSample => 'code' in sample;

/** The sample in one language; a kit sample is read from the locale file, so the guide quotes the copy as it is. */
function text(sample: Sample, lng: Lng): string {
  if (!isKit(sample)) return sample[lng];
  const words = CARD_ERROR_RESOURCES[lng];
  const copy = (words?.codes as Record<string, Record<string, string>> | undefined)?.[sample.code]?.[sample.field] ?? '';
  return sample.button ? `${copy} [${words?.action[sample.button] ?? sample.button}]` : copy;
}

const source = (sample: Sample) => (isKit(sample) ? ` (${sample.note ?? `the kit's ${sample.field} for ${sample.code}`})` : '');

/** One rule's example for the copy guide: do and don't, in simplified Chinese and English. */
export function CopyExample({ good, bad }: { good: Sample; bad: Sample }) {
  return (
    <table className="sb-table">
      <thead>
        <tr>
          <td />
          {LANGUAGES.map((lng) => (
            <th key={lng} scope="col">
              {LANGUAGE_NAMES[lng]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(
          [
            ['✓ Write', good],
            ['✗ Not', bad],
          ] as const
        ).map(([label, sample]) => (
          <tr key={label}>
            <th scope="row">
              {label}
              <span className="sb-muted">{source(sample)}</span>
            </th>
            {LANGUAGES.map((lng) => (
              <td key={lng} lang={lng}>
                {text(sample, lng)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
