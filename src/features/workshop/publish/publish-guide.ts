/**
 * `LISEZ-MOI.txt` of the publishable archive: where its files go, in French, for the person who
 * publishes (static hosting, or a repository rebuilt by CI). Windows line ends and a BOM, so that
 * Notepad shows it right.
 */
import type { DatasetMeta } from '../../../core/model';
import type { SourceList } from '../../../pipeline/sources';

export const GUIDE_FILE = 'LISEZ-MOI.txt';
/** Folders of the archive: the files the atlas loads, and the sheets `npm run data` reads. */
export const SITE_FOLDER = 'data/';
export const SHEETS_FOLDER = 'feuilles/';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const NUMBER = new Intl.NumberFormat('fr-FR');

export function publishGuide(meta: DatasetMeta, sources: SourceList): string {
  const c = meta.counts;
  const n = (value: number) => NUMBER.format(value);
  const published = [...sources.actors, ...sources.links].filter((s) => s.url);
  const lines = [
    'Données de l’Atlas des catalyseurs territoriaux',
    `Préparées par l’atelier des données le ${DATE.format(new Date(meta.builtAt))}.`,
    `${n(c.actors + c.projects)} fiches (${n(c.actors)} acteurs, ${n(c.projects)} projets, dont ${n(c.sample)} d’exemple), ` +
      `${n(c.located)} placées sur la carte, ${n(c.links)} liens ; ` +
      `${n(meta.problems.errors)} erreur(s) et ${n(meta.problems.warnings)} avertissement(s) (détail : data/report.json).`,
    '',
    'CE QUE CONTIENT CETTE ARCHIVE',
    `- ${SITE_FOLDER} : les fichiers que la carte charge (actors.columns.json, details/, links.columns.json, meta.json, report.json…).`,
    '  meta.json donne l’empreinte SHA-256 de chacun des autres (rubrique « files »).',
    `- ${SHEETS_FOLDER} : les feuilles telles que l’atelier les a lues, et sources.json, qui dit comment les lire`,
    '  (colonnes choisies, valeurs fixées, adresses des feuilles publiées en ligne).',
    '',
    'PUBLIER : DEUX FAÇONS, AU CHOIX',
    '',
    'A. Le site est un simple dossier de fichiers (serveur web, hébergement statique)',
    '  1. Ouvrez le dossier data/ du site publié (il est à côté de index.html).',
    '  2. Supprimez-y le dossier details/ (les fiches de la version précédente).',
    `  3. Copiez-y tout le contenu du dossier ${SITE_FOLDER} de cette archive, en remplaçant les fichiers du même nom.`,
    '     Ne supprimez pas les autres fichiers du site : les fonds de carte (basemap*.topo.json) et',
    '     la liste des communes (gazetteer.json) en font partie.',
    '  4. Ouvrez la carte et rechargez la page : le résumé donne la date des nouvelles données.',
    '',
    'B. Le site est construit depuis un dépôt (GitHub, GitLab) par l’intégration continue',
    `  1. Copiez le contenu du dossier ${SHEETS_FOLDER} dans le dossier data/ du dépôt ; sources.json remplace l’ancien.`,
    ...(sources.documents && sources.fragility
      ? []
      : [
          '     Si l’ancien sources.json avait des lignes « documents » ou « fragility », recopiez-les dans le nouveau :',
          '     elles disent où sont la liste des documents et les indices de fragilité.',
        ]),
    '  2. Enregistrez la modification dans le dépôt (commit) : l’intégration continue lance « npm run data »,',
    '     qui refait les mêmes fichiers à partir des mêmes feuilles, puis « npm run build » et publie le site.',
    published.length > 0
      ? `  3. ${published.length} feuille(s) ont une adresse en ligne : avec les fichiers d’intégration continue de l’atelier,`
      : '  3. Une feuille tenue dans un tableur en ligne peut avoir son adresse (« url ») dans sources.json : avec les',
    published.length > 0
      ? '     le site se reconstruit chaque nuit à partir de leur dernière version, sans rien copier.'
      : '     fichiers d’intégration continue de l’atelier, le site se reconstruit alors chaque nuit, sans rien copier.',
    '     Si une feuille a des erreurs, la reconstruction échoue, le site reste tel quel et le journal dit quoi corriger.',
    '',
    'VÉRIFIER UN FICHIER',
    '  L’empreinte d’un fichier doit être celle que donne data/meta.json :',
    '  Windows (PowerShell) : Get-FileHash data\\actors.columns.json ; macOS : shasum -a 256 data/actors.columns.json ;',
    '  Linux : sha256sum data/actors.columns.json.',
    '',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
