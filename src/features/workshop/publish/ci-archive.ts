/**
 * The continuous-integration files the workshop offers: the repository's example workflows
 * (`deploy/`), placed where GitHub and GitLab look for them, the sheets' `sources.json` (with the
 * addresses the nightly build downloads) and a short guide, as one ZIP to unpack at the
 * repository's root.
 */
import { strToU8, zipSync } from 'fflate';
import type { SourceList } from '../../../pipeline/sources';
import githubWorkflow from '../../../../deploy/github-actions-donnees.yml?raw';
import gitlabWorkflow from '../../../../deploy/gitlab-ci-donnees.yml?raw';

export const CI_ARCHIVE_NAME = 'integration-continue-atlas.zip';
export const GITHUB_WORKFLOW_PATH = '.github/workflows/donnees.yml';
export const GITLAB_WORKFLOW_PATH = '.gitlab-ci.yml';

export function ciGuide(sources: SourceList): string {
  const published = [...sources.actors, ...sources.links].filter((s) => s.url).map((s) => `  - ${s.file} : ${s.url ?? ''}`);
  const lines = [
    'Reconstruire la carte chaque nuit à partir des feuilles publiées en ligne',
    '',
    'Décompressez cette archive à la racine du dépôt de la carte, puis gardez le fichier de votre hébergeur :',
    `- GitHub : ${GITHUB_WORKFLOW_PATH} (réglages du dépôt : Settings › Pages › Source : « GitHub Actions ») ;`,
    `  supprimez ${GITLAB_WORKFLOW_PATH}.`,
    `- GitLab : ${GITLAB_WORKFLOW_PATH} (et une programmation nocturne : Build › Pipeline schedules) ;`,
    `  supprimez le dossier .github.`,
    '',
    'data/sources.json remplace celui du dépôt (gardez ses lignes « documents » et « fragility » s’il en a).',
    ...(published.length > 0
      ? ['Feuilles téléchargées chaque nuit :', ...published]
      : [
          'Aucune feuille n’a encore d’adresse en ligne : donnez-en une dans l’atelier (étape « Feuilles »), ou',
          'ajoutez « "url": "https://…" » à la feuille dans data/sources.json.',
        ]),
    '',
    'Chaque nuit, et à la demande : « npm run data:fetch » télécharge les feuilles, « npm run data » les vérifie',
    '(le rapport est imprimé dans le journal), « npm run build » construit le site, qui est publié.',
    'Une feuille injoignable ou qui a des erreurs fait échouer la reconstruction : le site publié reste tel',
    'quel, et le journal dit quelle feuille, quelle ligne et quoi corriger.',
    '',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}

export function ciArchive(sources: SourceList, builtAt: string): Uint8Array {
  return zipSync(
    {
      [GITHUB_WORKFLOW_PATH]: strToU8(githubWorkflow),
      [GITLAB_WORKFLOW_PATH]: strToU8(gitlabWorkflow),
      'data/sources.json': strToU8(`${JSON.stringify(sources, null, 2)}\n`),
      'LISEZ-MOI-integration-continue.txt': strToU8(ciGuide(sources)),
    },
    { level: 6, mtime: new Date(builtAt) },
  );
}
