/** Interface strings of failures and fallbacks (data files, online basemap), merged into `strings.ts`. */

export const robustnessFr = {
  'error.reason.timeout': 'Le serveur n’a pas répondu à temps pour le fichier {file}.',
  'error.links.title': 'Les liens entre acteurs n’ont pas pu être chargés.',
  'error.unavailable': 'Indisponible : les données n’ont pas pu être chargées (voir le message sur la carte ou la liste).',
  'map.styleFallback': 'Le fond de carte en ligne n’a pas pu être chargé : la carte utilise le fond hors ligne.',
  'error.view.title': 'Cette partie de la page n’a pas pu être affichée.',
  'error.view.detail': 'Une erreur inattendue l’a interrompue ; le reste de la page fonctionne.',
} as const;

export const robustnessEn: Record<keyof typeof robustnessFr, string> = {
  'error.reason.timeout': 'The server did not answer in time for the file {file}.',
  'error.links.title': 'The links between actors could not be loaded.',
  'error.unavailable': 'Unavailable: the data could not be loaded (see the message on the map or the list).',
  'map.styleFallback': 'The online basemap could not be loaded: the map uses the offline basemap.',
  'error.view.title': 'This part of the page could not be displayed.',
  'error.view.detail': 'An unexpected error stopped it; the rest of the page works.',
};
