/** Interface strings of the workshop's last step, preview and publication, merged into `strings.ts`. */

export const publishFr = {
  'publish.errors_one':
    'La vérification a trouvé {n} erreur : la ligne concernée n’est pas dans ces données. Corrigez-la (étape « Rapport ») avant de publier ; un site reconstruit par l’intégration continue refusera la feuille tant qu’elle a des erreurs.',
  'publish.errors_other':
    'La vérification a trouvé {n} erreurs : les lignes concernées ne sont pas dans ces données. Corrigez-les (étape « Rapport ») avant de publier ; un site reconstruit par l’intégration continue refusera les feuilles tant qu’elles ont des erreurs.',
  'publish.preview.title': 'Voir la carte avant de publier',
  'publish.preview.intro':
    'L’aperçu ouvre l’atlas dans un nouvel onglet, avec ces données : carte, liste, fiches, liens et calques. Il reste dans ce navigateur ; les visiteurs du site ne le voient pas.',
  'publish.preview.open': 'Ouvrir l’aperçu',
  'publish.preview.writing': 'Préparation de l’aperçu…',
  'publish.preview.ready': 'L’aperçu est prêt.',
  'publish.preview.link': 'Ouvrir l’aperçu dans un nouvel onglet',
  'publish.preview.unavailable':
    'Ce navigateur ne peut pas garder d’aperçu pour cette page : ouvrez l’atelier par une adresse https:// (ou depuis cet ordinateur).',
  'publish.preview.failed': 'L’aperçu n’a pas pu être préparé : {message}',
  'publish.archive.title': 'Télécharger les données publiables',
  'publish.archive.intro':
    'Une archive ZIP avec les fichiers que la carte charge (dossier data/, avec leurs empreintes dans meta.json), les feuilles vérifiées et leur sources.json (dossier feuilles/), et un mode d’emploi (LISEZ-MOI.txt).',
  'publish.archive.download': 'Télécharger les données publiables (.zip)',
  'publish.guide.title': 'Où vont les fichiers',
  'publish.guide.static': 'Site hébergé comme un simple dossier de fichiers',
  'publish.guide.static.1': 'Dans le dossier data/ du site publié (à côté de index.html), supprimez le dossier details/.',
  'publish.guide.static.2':
    'Copiez-y le contenu du dossier data/ de l’archive, en remplaçant les fichiers du même nom ; gardez les fonds de carte et gazetteer.json.',
  'publish.guide.static.3': 'Rechargez la carte : le résumé donne la date des nouvelles données.',
  'publish.guide.ci': 'Site construit depuis un dépôt (GitHub, GitLab)',
  'publish.guide.ci.1': 'Copiez le contenu du dossier feuilles/ de l’archive dans le dossier data/ du dépôt.',
  'publish.guide.ci.2':
    'Enregistrez la modification (commit) : l’intégration continue lance « npm run data », qui refait les mêmes fichiers, puis publie le site.',
  'publish.ci.title': 'Reconstruire la carte chaque nuit',
  'publish.ci.intro':
    'Pour des feuilles tenues dans un tableur en ligne (leur adresse donnée à l’étape « Feuilles ») : ces fichiers font télécharger, vérifier et publier la carte chaque nuit par GitHub ou GitLab. Une feuille qui a des erreurs fait échouer la reconstruction : le site reste tel quel et le journal dit quoi corriger.',
  'publish.ci.download': 'Télécharger les fichiers d’intégration continue',
} as const;

export const publishEn: Record<keyof typeof publishFr, string> = {
  'publish.errors_one':
    'The check found {n} error: its row is not in these data. Correct it (step “Report”) before publishing; a site rebuilt by continuous integration will refuse the sheet while it has errors.',
  'publish.errors_other':
    'The check found {n} errors: their rows are not in these data. Correct them (step “Report”) before publishing; a site rebuilt by continuous integration will refuse the sheets while they have errors.',
  'publish.preview.title': 'See the map before publishing',
  'publish.preview.intro':
    'The preview opens the atlas in a new tab with these data: map, list, records, links and layers. It stays in this browser; visitors of the site do not see it.',
  'publish.preview.open': 'Open the preview',
  'publish.preview.writing': 'Preparing the preview…',
  'publish.preview.ready': 'The preview is ready.',
  'publish.preview.link': 'Open the preview in a new tab',
  'publish.preview.unavailable':
    'This browser cannot keep a preview for this page: open the workshop through an https:// address (or from this computer).',
  'publish.preview.failed': 'The preview could not be prepared: {message}',
  'publish.archive.title': 'Download the publishable data',
  'publish.archive.intro':
    'A ZIP archive with the files the map loads (folder data/, with their checksums in meta.json), the checked sheets and their sources.json (folder feuilles/), and a guide (LISEZ-MOI.txt, in French).',
  'publish.archive.download': 'Download the publishable data (.zip)',
  'publish.guide.title': 'Where the files go',
  'publish.guide.static': 'Site hosted as a plain folder of files',
  'publish.guide.static.1': 'In the data/ folder of the published site (next to index.html), delete the details/ folder.',
  'publish.guide.static.2':
    'Copy into it the contents of the archive’s data/ folder, replacing the files of the same name; keep the basemaps and gazetteer.json.',
  'publish.guide.static.3': 'Reload the map: the summary gives the date of the new data.',
  'publish.guide.ci': 'Site built from a repository (GitHub, GitLab)',
  'publish.guide.ci.1': 'Copy the contents of the archive’s feuilles/ folder into the repository’s data/ folder.',
  'publish.guide.ci.2':
    'Save the change (commit): continuous integration runs “npm run data”, which makes the same files again, then publishes the site.',
  'publish.ci.title': 'Rebuild the map every night',
  'publish.ci.intro':
    'For sheets kept in an online spreadsheet (their address given at step “Sheets”): these files make GitHub or GitLab download, check and publish the map every night. A sheet with errors makes the rebuild fail: the site stays as it is and the log says what to correct.',
  'publish.ci.download': 'Download the continuous-integration files',
};
