/** Strings of the documents and fragility tables and of the configuration (`sources.json`), merged into `strings.ts`. */

export const openFr = {
  'workshop.open.role.documents': 'Documents cités (sources des fiches)',
  'workshop.open.role.fragility': 'Fragilité des régions (indices IMPACT)',
  'workshop.open.tableOnce':
    'Une seule table de ce contenu est lue : « {name} » l’est déjà, celle-ci ne l’est pas. Retirez l’une des deux.',
  'workshop.columns.ownHeaders.documents':
    'Les documents sont lus par leurs propres en-têtes (id, title, publisher, date, url) : pas de colonnes à préciser.',
  'workshop.columns.ownHeaders.fragility':
    'La table de fragilité est lue par ses propres en-têtes (index_id, region_code, value…) : pas de colonnes à préciser.',
  'workshop.config.open': 'Ouvrir une configuration (sources.json)',
  'workshop.config.hint':
    'Le fichier sources.json du dépôt dit comment lire chaque feuille (contenu, données d’exemple, colonnes, valeurs fixées). Déposé avec les feuilles, ou ouvert ici, il est appliqué à chaque fichier de ce nom : le dossier data/ déposé en entier est lu comme par npm run data.',
  'workshop.config.applied': 'Configuration « {name} » appliquée aux fichiers qu’elle nomme.',
  'workshop.config.missing': 'Fichiers nommés par la configuration mais pas encore ouverts : {names}.',
  'workshop.config.failed': 'La configuration « {name} » n’a pas pu être lue : {error}',
} as const;

export const openEn: Record<keyof typeof openFr, string> = {
  'workshop.open.role.documents': 'Cited documents (sources of the records)',
  'workshop.open.role.fragility': 'Fragility of the regions (IMPACT indices)',
  'workshop.open.tableOnce': 'Only one table of this content is read: « {name} » already is, this one is not. Remove one of them.',
  'workshop.columns.ownHeaders.documents':
    'The documents are read by their own headers (id, title, publisher, date, url): no columns to set.',
  'workshop.columns.ownHeaders.fragility':
    'The fragility table is read by its own headers (index_id, region_code, value…): no columns to set.',
  'workshop.config.open': 'Open a configuration (sources.json)',
  'workshop.config.hint':
    'The repository’s sources.json says how to read each sheet (content, sample data, columns, fixed values). Dropped with the sheets, or opened here, it is applied to each file of that name: the whole data/ folder dropped at once is read as npm run data reads it.',
  'workshop.config.applied': 'Configuration « {name} » applied to the files it names.',
  'workshop.config.missing': 'Files the configuration names that are not open yet: {names}.',
  'workshop.config.failed': 'The configuration « {name} » could not be read: {error}',
} as const;
