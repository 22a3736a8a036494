import type { DatasetMeta } from '../../core/model';
import type { Lang } from '../../core/vocabulary';
import { formatNumber, t, tn, type StringKey } from '../../shared/i18n/strings';

type CountKey = 'actors' | 'projects' | 'real' | 'sample' | 'located' | 'unlocated' | 'links';

/** The figures, grouped two by two (acteurs / projets, réelles / exemple…). */
const GROUPS: readonly { title: StringKey; figures: readonly CountKey[] }[] = [
  { title: 'summary.group.kind', figures: ['actors', 'projects'] },
  { title: 'summary.group.origin', figures: ['real', 'sample'] },
  { title: 'summary.group.place', figures: ['located', 'unlocated'] },
  { title: 'summary.group.links', figures: ['links'] },
];

const LABELS: Record<CountKey, StringKey> = {
  actors: 'summary.actors',
  projects: 'summary.projects',
  real: 'summary.real',
  sample: 'summary.sample',
  located: 'summary.located',
  unlocated: 'summary.unlocated',
  links: 'summary.links',
};

export function KeyFigures({ lang, counts }: { lang: Lang; counts: DatasetMeta['counts'] }) {
  const total = counts.actors + counts.projects;
  return (
    <>
      <p className="total">
        <span className="total-number" data-count="total">
          {formatNumber(total, lang)}
        </span>{' '}
        <span className="total-unit">{tn('summary.records', total, lang)}</span>
        <span className="total-sample" data-testid="sample-share">
          {tn('summary.sampleShare', counts.sample, lang)}
        </span>
      </p>
      <div className="figure-groups">
        {GROUPS.map((group) => (
          <section key={group.title} className="figure-group" aria-labelledby={groupId(group.title)}>
            <h3 id={groupId(group.title)} className="figure-group-title">
              {t(group.title, lang)}
            </h3>
            <dl className="figures">
              {group.figures.map((key) => (
                <div key={key} className={`figure figure-${key}`}>
                  <dt>{t(LABELS[key], lang)}</dt>
                  <dd data-count={key}>{formatNumber(counts[key], lang)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}

function groupId(title: StringKey): string {
  return `chiffres-${title.replace(/\W+/g, '-')}`;
}
